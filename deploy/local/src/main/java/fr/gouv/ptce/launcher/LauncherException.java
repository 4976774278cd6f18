package fr.gouv.ptce.launcher;

/** A failure a person can act on; its message is printed as is, without a stack trace. */
public class LauncherException extends RuntimeException {

    /** BAD_SETTING: an environment variable or argument the launcher cannot use (exit code 64). */
    public enum Kind { ALREADY_RUNNING, NOT_RUNNING, PORT_TAKEN, NOT_BUILT, START_FAILED, BAD_SETTING, OTHER }

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
