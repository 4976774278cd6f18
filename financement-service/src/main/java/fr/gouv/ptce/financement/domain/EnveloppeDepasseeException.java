package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.RefusMetier;

/** A selection that would take more than what the campaign's envelope has left. */
public class EnveloppeDepasseeException extends RefusMetier {

    public EnveloppeDepasseeException(long demande, long disponible) {
        super("enveloppe-depassee", "enveloppe dépassée : " + demande + " centimes demandés, " + disponible + " centimes disponibles");
    }
}
