package fr.gouv.ptce.candidature.demarches;

/**
 * A call to DS that failed for good (after its retries, or refused). The message never holds the token.
 * {@code incertaine}: the request may have reached DS and been applied (timeout, broken connection,
 * 5xx on a mutation): it must not be resent blindly.
 */
public class ErreurDs extends RuntimeException {

    private final boolean incertaine;

    public ErreurDs(String message) {
        this(message, false);
    }

    public ErreurDs(String message, boolean incertaine) {
        super(message);
        this.incertaine = incertaine;
    }

    public boolean incertaine() {
        return incertaine;
    }
}
