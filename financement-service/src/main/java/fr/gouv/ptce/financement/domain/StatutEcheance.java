package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/**
 * PREVUE → EXIGIBLE → MISE_EN_PAIEMENT → PAYEE. An instalment not yet paid can be suspended (and
 * resumed to PREVUE, to be re-examined) or cancelled by a termination; PAYEE and ANNULEE are final.
 */
public enum StatutEcheance {
    PREVUE, EXIGIBLE, MISE_EN_PAIEMENT, PAYEE, SUSPENDUE, ANNULEE;

    public Set<StatutEcheance> suivants() {
        return switch (this) {
            case PREVUE -> EnumSet.of(EXIGIBLE, SUSPENDUE, ANNULEE);
            case EXIGIBLE -> EnumSet.of(MISE_EN_PAIEMENT, SUSPENDUE, ANNULEE);
            case MISE_EN_PAIEMENT -> EnumSet.of(PAYEE, SUSPENDUE, ANNULEE);
            case SUSPENDUE -> EnumSet.of(PREVUE, ANNULEE);
            case PAYEE, ANNULEE -> EnumSet.noneOf(StatutEcheance.class);
        };
    }

    public StatutEcheance vers(StatutEcheance cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "echeance au statut " + this + " : passage à " + cible + " impossible");
        }
        return cible;
    }

    /** Not paid and never will be through this instalment: what a termination cancels. */
    public boolean annulable() {
        return suivants().contains(ANNULEE);
    }
}
