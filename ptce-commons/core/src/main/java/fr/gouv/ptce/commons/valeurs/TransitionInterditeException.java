package fr.gouv.ptce.commons.valeurs;

/**
 * A life cycle refuses an action in the current status. Plain Java, so that domain code throws it;
 * every service answers it the same way: 409 {@code transition-interdite}, the detail saying what
 * was refused, a violation on {@code statut} naming the current status.
 */
public class TransitionInterditeException extends RuntimeException {

    public static final String CODE = "transition-interdite";

    private final String statut;
    private final String action;

    public TransitionInterditeException(Object statutActuel, String detail) {
        this(statutActuel, null, detail);
    }

    /** "Opération « action » impossible au statut S : raison." */
    public TransitionInterditeException(Object statutActuel, String action, String raison) {
        super(action == null ? raison
                : "Opération « " + action + " » impossible au statut " + statutActuel + " : " + raison + ".");
        this.statut = String.valueOf(statutActuel);
        this.action = action;
    }

    /** What was refused, when the refusal names it; null otherwise. */
    public String action() {
        return action;
    }

    /** The status the resource is in. */
    public String statut() {
        return statut;
    }
}
