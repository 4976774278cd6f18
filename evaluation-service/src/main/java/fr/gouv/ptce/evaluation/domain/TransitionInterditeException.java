package fr.gouv.ptce.evaluation.domain;

/**
 * A rule of the life cycle refuses an action in the current status. Carries the status so that
 * the HTTP answer can name it (409).
 */
public class TransitionInterditeException extends RuntimeException {

    private final String statut;
    private final String action;

    public TransitionInterditeException(String statut, String action, String explication) {
        super(explication);
        this.statut = statut;
        this.action = action;
    }

    public String statut() {
        return statut;
    }

    public String action() {
        return action;
    }
}
