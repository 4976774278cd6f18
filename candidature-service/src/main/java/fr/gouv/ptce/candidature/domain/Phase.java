package fr.gouv.ptce.candidature.domain;

public enum Phase {
    PHASE_1, PHASE_2;

    /** "P1" / "P2", as in the file number PTCE-2023-P2-00042. */
    public String abreviation() {
        return this == PHASE_1 ? "P1" : "P2";
    }
}
