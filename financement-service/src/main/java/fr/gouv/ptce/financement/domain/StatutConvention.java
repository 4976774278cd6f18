package fr.gouv.ptce.financement.domain;

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
            throw TransitionInterditeException.de("convention", this, cible);
        }
        return cible;
    }
}
