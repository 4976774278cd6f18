package fr.gouv.ptce.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the committee can decide about a file (catalogue event decision.rendue). The first decision
 * is any of them; only a file on the waiting list gets a second one: promoted lauréat, or not
 * retained when the selection is closed. A lauréat's withdrawal ends the file itself
 * ({@link StatutInstruction#DESISTEE}), not its decision.
 */
public enum TypeDecision {
    LAUREAT,
    LISTE_ATTENTE,
    NON_RETENU,
    SANS_SUITE;

    /** The decisions that may replace this one. */
    public Set<TypeDecision> suivantes() {
        return this == LISTE_ATTENTE ? EnumSet.of(LAUREAT, NON_RETENU) : EnumSet.noneOf(TypeDecision.class);
    }
}
