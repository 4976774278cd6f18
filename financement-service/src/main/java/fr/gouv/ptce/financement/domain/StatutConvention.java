package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/** A_SIGNER → SIGNEE → SOLDEE, or RESILIEE from any state not final. */
public enum StatutConvention {
    A_SIGNER, SIGNEE, SOLDEE, RESILIEE;

    public Set<StatutConvention> suivants() {
        return switch (this) {
            case A_SIGNER -> EnumSet.of(SIGNEE, RESILIEE);
            case SIGNEE -> EnumSet.of(SOLDEE, RESILIEE);
            case SOLDEE, RESILIEE -> EnumSet.noneOf(StatutConvention.class);
        };
    }

    public StatutConvention vers(StatutConvention cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "convention au statut " + this + " : passage à " + cible + " impossible");
        }
        return cible;
    }
}
