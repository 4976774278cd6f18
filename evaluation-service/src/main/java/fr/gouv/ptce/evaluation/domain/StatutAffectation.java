package fr.gouv.ptce.evaluation.domain;

/**
 * An evaluator's assignment: it must first declare its interests ({@code DECLARATION_ATTENDUE});
 * without conflict it scores ({@code EN_COURS}) and submits once ({@code SOUMISE}, read-only);
 * a declared conflict ends the assignment ({@code CONFLIT}), the declaration being kept.
 */
public enum StatutAffectation {
    DECLARATION_ATTENDUE,
    EN_COURS,
    SOUMISE,
    CONFLIT
}
