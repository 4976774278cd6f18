package fr.gouv.ptce.financement.domain;

/** A selection that would take more than what the campaign's envelope has left. */
public class EnveloppeDepasseeException extends RuntimeException {

    public EnveloppeDepasseeException(long demande, long disponible) {
        super("enveloppe dépassée : " + demande + " centimes demandés, " + disponible + " centimes disponibles");
    }
}
