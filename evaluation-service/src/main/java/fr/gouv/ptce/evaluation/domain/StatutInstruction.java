package fr.gouv.ptce.evaluation.domain;

/**
 * Life of an instruction file in this service. A file arrives {@code A_INSTRUIRE} with
 * candidature.deposee (and again after corrections, with candidature.redeposee); it ends
 * {@code IRRECEVABLE}, {@code DECIDEE}, {@code DESISTEE} (a phase-2 lauréat who withdrew) or
 * {@code RETIREE} (withdrawn by the porteur).
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
    RETIREE
}
