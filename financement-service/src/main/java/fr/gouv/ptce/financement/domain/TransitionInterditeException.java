package fr.gouv.ptce.financement.domain;

/** A change of status that the life cycle does not allow (e.g. paying an instalment twice). */
public class TransitionInterditeException extends RuntimeException {

    private final String code;

    public TransitionInterditeException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable code for clients (the problem's {@code code}). */
    public String code() {
        return code;
    }

    static TransitionInterditeException de(String objet, Enum<?> depuis, Enum<?> vers) {
        return new TransitionInterditeException(objet + "-statut-incompatible",
                objet + " au statut " + depuis + " : passage à " + vers + " impossible");
    }
}
