package fr.gouv.ptce.propre.domain;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.time.LocalDate;

/** Fixture of ArchitectureRulesTest: a domain class the rules accept (java.* and the kit's value types). */
public final class Tarif {

    public Montant au(LocalDate jour, String statut) {
        if (jour == null) {
            throw new TransitionInterditeException(statut, "tarif sans date");
        }
        return Montant.centimes(100);
    }
}
