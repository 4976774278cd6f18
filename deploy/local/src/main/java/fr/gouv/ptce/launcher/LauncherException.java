package fr.gouv.ptce.launcher;

/** A failure a person can act on; its message is printed as is, without a stack trace. */
public class LauncherException extends RuntimeException {

    public enum Kind { ALREADY_RUNNING, PORT_TAKEN, NOT_BUILT, START_FAILED, OTHER }

    private final Kind kind;

    public LauncherException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LauncherException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
