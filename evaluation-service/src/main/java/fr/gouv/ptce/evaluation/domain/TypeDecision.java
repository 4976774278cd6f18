package fr.gouv.ptce.evaluation.domain;

/** What the committee can decide about a file (catalogue event decision.rendue). */
public enum TypeDecision {
    LAUREAT,
    LISTE_ATTENTE,
    NON_RETENU,
    SANS_SUITE
}
