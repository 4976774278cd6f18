package fr.gouv.ptce.candidature.demarches;

/** A dossier that cannot become an application as it is (reported in the status, the run goes on). */
public class DossierIllisible extends RuntimeException {

    public DossierIllisible(String message) {
        super(message);
    }
}
