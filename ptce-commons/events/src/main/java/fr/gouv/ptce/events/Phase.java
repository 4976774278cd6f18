package fr.gouv.ptce.events;

/** Valeurs de Phase dans les schémas du catalogue. */
public enum Phase {
    PHASE_1, PHASE_2
}
