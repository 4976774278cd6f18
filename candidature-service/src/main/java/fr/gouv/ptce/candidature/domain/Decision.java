package fr.gouv.ptce.candidature.domain;

/** The committee's decisions (event decision.rendue) and the status each one gives the file. */
public enum Decision {
    LAUREAT(StatutCandidature.ACCEPTEE),
    NON_RETENU(StatutCandidature.REFUSEE),
    SANS_SUITE(StatutCandidature.SANS_SUITE),
    LISTE_ATTENTE(StatutCandidature.LISTE_ATTENTE);

    private final StatutCandidature statut;

    Decision(StatutCandidature statut) {
        this.statut = statut;
    }

    public StatutCandidature statut() {
        return statut;
    }
}
