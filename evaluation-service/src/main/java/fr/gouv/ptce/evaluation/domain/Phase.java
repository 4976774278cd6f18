package fr.gouv.ptce.evaluation.domain;

/** The two kinds of call: phase 1 designates "PTCE émergents", phase 2 funds at most a few lauréats. */
public enum Phase {
    PHASE_1,
    PHASE_2
}
