package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/**
 * PREVUE → EXIGIBLE → MISE_EN_PAIEMENT → PAYEE, or ANNULEE (a termination cancels every instalment
 * not paid); PAYEE and ANNULEE are final. There is no suspended status: an instalment waits for its
 * date or its report (EXIGIBLE is reached only then), the gestionnaire orders the payment, and an
 * agreement that must stop is terminated — a "suspended" status no rule would ever leave again.
 */
public enum StatutEcheance {
    PREVUE, EXIGIBLE, MISE_EN_PAIEMENT, PAYEE, ANNULEE;

    public Set<StatutEcheance> suivants() {
        return switch (this) {
            case PREVUE -> EnumSet.of(EXIGIBLE, ANNULEE);
            case EXIGIBLE -> EnumSet.of(MISE_EN_PAIEMENT, ANNULEE);
            case MISE_EN_PAIEMENT -> EnumSet.of(PAYEE, ANNULEE);
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
