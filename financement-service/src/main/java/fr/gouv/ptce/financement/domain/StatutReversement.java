package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/**
 * A clawback: DEMANDE (the gestionnaire asks the porteur to pay back) → TITRE_EMIS (the State's
 * accounting issued the collection order, "titre de perception") → RECOUVRE (the money came back).
 * It can be cancelled (ANNULE) until it is recovered; RECOUVRE and ANNULE are final.
 */
public enum StatutReversement {
    DEMANDE, TITRE_EMIS, RECOUVRE, ANNULE;

    public Set<StatutReversement> suivants() {
        return switch (this) {
            case DEMANDE -> EnumSet.of(TITRE_EMIS, ANNULE);
            case TITRE_EMIS -> EnumSet.of(RECOUVRE, ANNULE);
            case RECOUVRE, ANNULE -> EnumSet.noneOf(StatutReversement.class);
        };
    }

    public StatutReversement vers(StatutReversement cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "reversement au statut " + this + " : passage à " + cible
                    + " impossible");
        }
        return cible;
    }

    /** Still owed or already recovered: counts against what the agreement paid (a cancelled one no longer does). */
    public boolean compte() {
        return this != ANNULE;
    }

    /** Requested and not yet recovered nor cancelled: a receivable. */
    public boolean enCours() {
        return this == DEMANDE || this == TITRE_EMIS;
    }
}
