package fr.gouv.ptce.candidature.domain;

/**
 * What a decision of the platform asks of the DS dossier (write-back). DS only accepts, refuses or
 * closes a dossier that is "en instruction": the sender moves it there first when needed.
 */
public enum ActionDs {
    PASSER_EN_INSTRUCTION("dossierPasserEnInstruction", EtatDossierDs.EN_INSTRUCTION),
    ACCEPTER("dossierAccepter", EtatDossierDs.ACCEPTE),
    REFUSER("dossierRefuser", EtatDossierDs.REFUSE),
    CLASSER_SANS_SUITE("dossierClasserSansSuite", EtatDossierDs.SANS_SUITE),
    /** The instructeur's correction request: a DS message flagged {@code correction}, the dossier goes back "en construction". */
    DEMANDER_CORRECTION("dossierEnvoyerMessage", EtatDossierDs.EN_CONSTRUCTION),
    /** Each failed eligibility rule told to the applicant in a DS message; DS's state does not move. */
    SIGNALER_INELIGIBILITE("dossierEnvoyerMessage", null);

    private final String mutation;
    private final EtatDossierDs etatObtenu;

    ActionDs(String mutation, EtatDossierDs etatObtenu) {
        this.mutation = mutation;
        this.etatObtenu = etatObtenu;
    }

    public String mutation() {
        return mutation;
    }

    /** DS's state after the mutation; null when it does not move it. */
    public EtatDossierDs etatObtenu() {
        return etatObtenu;
    }

    /** DS refuses accepter/refuser/classer sans suite outside "en instruction". */
    public boolean exigeInstruction() {
        return this == ACCEPTER || this == REFUSER || this == CLASSER_SANS_SUITE;
    }

    /** A message to the applicant (dossierEnvoyerMessage) rather than a change of state. */
    public boolean estUnMessage() {
        return this == DEMANDER_CORRECTION || this == SIGNALER_INELIGIBILITE;
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
