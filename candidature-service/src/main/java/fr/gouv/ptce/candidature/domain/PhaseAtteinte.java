package fr.gouv.ptce.candidature.domain;

/** How far a PTCE of the directory has gone: phase-1 lauréat ("émergent"), then phase-2 lauréat. */
public enum PhaseAtteinte {
    EMERGENT,
    LAUREAT_PHASE_2;

    /** A phase reached is never lost when an older fact (a re-import, a redelivered event) arrives. */
    public PhaseAtteinte auPlusLoin(PhaseAtteinte autre) {
        return autre != null && autre.ordinal() > ordinal() ? autre : this;
    }
}
