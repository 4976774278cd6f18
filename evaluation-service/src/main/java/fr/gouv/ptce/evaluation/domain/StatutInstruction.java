package fr.gouv.ptce.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an instruction file in this service. A file arrives {@code A_INSTRUIRE} with
 * candidature.deposee (and again after corrections, with candidature.redeposee); it ends
 * {@code IRRECEVABLE}, {@code DECIDEE}, {@code DESISTEE} (a phase-2 lauréat who withdrew) or
 * {@code RETIREE} (withdrawn by the porteur). {@link #suivants()} is the table of its moves;
 * {@link CycleInstruction} says which action makes which, and never leaves the table.
 */
public enum StatutInstruction {
    A_INSTRUIRE,
    EN_INSTRUCTION,
    CORRECTIONS_DEMANDEES,
    RECEVABLE,
    IRRECEVABLE,
    EN_EVALUATION,
    EVALUEE,
    DECIDEE,
    DESISTEE,
    RETIREE;

    /**
     * Where a file may go from this status (staying put is not a move). EVALUEE → EN_EVALUATION
     * happens only if the minimum of evaluations is raised while the file is rankable; a decided
     * file leaves DECIDEE only by a lauréat's withdrawal or the porteur's; a second decision (the
     * promotion or the closing of the waiting list) keeps it DECIDEE, see {@link TypeDecision#suivantes()}.
     */
    public Set<StatutInstruction> suivants() {
        return switch (this) {
            case A_INSTRUIRE -> EnumSet.of(EN_INSTRUCTION, RETIREE);
            case EN_INSTRUCTION -> EnumSet.of(CORRECTIONS_DEMANDEES, RECEVABLE, IRRECEVABLE, RETIREE);
            case CORRECTIONS_DEMANDEES -> EnumSet.of(A_INSTRUIRE, RETIREE);
            case RECEVABLE -> EnumSet.of(EN_EVALUATION, DECIDEE, RETIREE);
            case EN_EVALUATION -> EnumSet.of(EVALUEE, DECIDEE, RETIREE);
            case EVALUEE -> EnumSet.of(EN_EVALUATION, DECIDEE, RETIREE);
            case DECIDEE -> EnumSet.of(DESISTEE, RETIREE);
            case IRRECEVABLE, DESISTEE, RETIREE -> EnumSet.noneOf(StatutInstruction.class);
        };
    }
}
