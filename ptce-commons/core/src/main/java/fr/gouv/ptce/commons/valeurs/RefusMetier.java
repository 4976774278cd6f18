package fr.gouv.ptce.commons.valeurs;

/**
 * A business rule refuses what was asked, given the current state (an envelope with too little
 * left, for one). Plain Java, so that domain code throws it; every service answers it the same way:
 * 409 with {@link #code()} as the problem's code and the message as its detail, in French. A status
 * change refused by a life cycle is the more precise {@link TransitionInterditeException}.
 */
public class RefusMetier extends RuntimeException {

    private final String code;

    public RefusMetier(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** The problem's code, kebab-case French (e.g. {@code enveloppe-depassee}). */
    public String code() {
        return code;
    }
}
