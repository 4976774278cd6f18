package fr.gouv.ptce.launcher;

/** The four PTCE services as the launcher runs them: one process and one database each. */
public enum Service {
    CANDIDATURE("candidature"),
    EVALUATION("evaluation"),
    FINANCEMENT("financement"),
    NOTIFICATION("notification");

    /** The account of the launcher's PostgreSQL (local platform only): the services connect with it. */
    public static final String DB_USER = "postgres";
    public static final String DB_PASSWORD = "postgres";

    private final String shortName;

    Service(String shortName) {
        this.shortName = shortName;
    }

    /** "candidature": also the name of its PostgreSQL database. */
    public String shortName() {
        return shortName;
    }

    /** Its database on the launcher's PostgreSQL. */
    public String jdbcUrl(Ports ports) {
        return "jdbc:postgresql://localhost:" + ports.postgres() + "/" + shortName;
    }

    /** The service called {@code shortName} ("candidature"), if any. */
    public static java.util.Optional<Service> byShortName(String shortName) {
        return java.util.Arrays.stream(values()).filter(s -> s.shortName.equals(shortName)).findFirst();
    }

    /** "candidature", "evaluation", …: what PTCE_SERVICES accepts. */
    public static java.util.List<String> shortNames() {
        return java.util.Arrays.stream(values()).map(Service::shortName).toList();
    }

    /** "candidature-service": its Maven module folder and the name shown to people. */
    public String moduleName() {
        return shortName + "-service";
    }
}
