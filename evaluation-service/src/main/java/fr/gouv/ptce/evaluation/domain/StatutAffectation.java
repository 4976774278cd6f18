package fr.gouv.ptce.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An evaluator's assignment: it must first declare its interests ({@code DECLARATION_ATTENDUE});
 * without conflict it scores ({@code EN_COURS}) and submits once ({@code SOUMISE}, read-only);
 * a declared conflict ends the assignment ({@code CONFLIT}), the declaration being kept.
 */
public enum StatutAffectation {
    DECLARATION_ATTENDUE,
    EN_COURS,
    SOUMISE,
    CONFLIT;

    /** The table of its moves; {@link CycleAffectation} says which action makes which. */
    public Set<StatutAffectation> suivants() {
        return switch (this) {
            case DECLARATION_ATTENDUE -> EnumSet.of(EN_COURS, CONFLIT);
            case EN_COURS -> EnumSet.of(SOUMISE);
            case SOUMISE, CONFLIT -> EnumSet.noneOf(StatutAffectation.class);
        };
    }
}
