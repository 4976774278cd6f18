package fr.gouv.ptce.launcher;

/** The four PTCE services as the launcher runs them: one process and one database each. */
public enum Service {
    CANDIDATURE("candidature"),
    EVALUATION("evaluation"),
    FINANCEMENT("financement"),
    NOTIFICATION("notification");

    private final String shortName;

    Service(String shortName) {
        this.shortName = shortName;
    }

    /** "candidature": also the name of its PostgreSQL database. */
    public String shortName() {
        return shortName;
    }

    /** "candidature-service": its Maven module folder and the name shown to people. */
    public String moduleName() {
        return shortName + "-service";
    }
}
