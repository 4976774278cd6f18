package fr.gouv.ptce.candidature.demarches;

/** A call to DS that failed for good (after its retries, or refused). The message never holds the token. */
public class ErreurDs extends RuntimeException {

    public ErreurDs(String message) {
        super(message);
    }
}
