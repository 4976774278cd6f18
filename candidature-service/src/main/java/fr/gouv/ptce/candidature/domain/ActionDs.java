package fr.gouv.ptce.candidature.domain;

/**
 * What a decision of the platform asks of the DS dossier (write-back). DS only accepts, refuses or
 * closes a dossier that is "en instruction": the sender moves it there first when needed.
 */
public enum ActionDs {
    PASSER_EN_INSTRUCTION("dossierPasserEnInstruction", EtatDossierDs.EN_INSTRUCTION),
    ACCEPTER("dossierAccepter", EtatDossierDs.ACCEPTE),
    REFUSER("dossierRefuser", EtatDossierDs.REFUSE),
    CLASSER_SANS_SUITE("dossierClasserSansSuite", EtatDossierDs.SANS_SUITE);

    private final String mutation;
    private final EtatDossierDs etatObtenu;

    ActionDs(String mutation, EtatDossierDs etatObtenu) {
        this.mutation = mutation;
        this.etatObtenu = etatObtenu;
    }

    public String mutation() {
        return mutation;
    }

    public EtatDossierDs etatObtenu() {
        return etatObtenu;
    }

    /** DS refuses accepter/refuser/classer sans suite outside "en instruction". */
    public boolean exigeInstruction() {
        return this != PASSER_EN_INSTRUCTION;
    }

    /**
     * The committee's decision on DS. A waiting list is not a DS state: the dossier is only put
     * "en instruction" so that the applicant sees it is being judged.
     */
    public static ActionDs pour(Decision decision) {
        return switch (decision) {
            case LAUREAT -> ACCEPTER;
            case NON_RETENU -> REFUSER;
            case SANS_SUITE -> CLASSER_SANS_SUITE;
            case LISTE_ATTENTE -> PASSER_EN_INSTRUCTION;
        };
    }
}
