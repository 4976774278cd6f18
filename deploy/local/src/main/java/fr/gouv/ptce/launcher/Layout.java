package fr.gouv.ptce.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: what the build produced in the repository, and the data folder the platform
 * owns (databases, Kafka log, Keycloak with its H2 store, received mail, logs, pid files). Two
 * platforms with different data folders (a developer's .ptce, the system tests' target folder)
 * never share state.
 */
public record Layout(Path repoRoot, Path dataDir) {

    public static final String KEYCLOAK_VERSION = "26.7.3";

    public Layout {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The repository containing {@code start} (the first parent holding mvnw and deploy/). */
    public static Path findRepoRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new LauncherException(LauncherException.Kind.OTHER,
                "Cannot find the PTCE repository (a folder with mvnw and deploy/) above " + start);
    }

    // --- produced by the build -----------------------------------------------------------------

    public Path realmFile() {
        return repoRoot.resolve("deploy/keycloak/realm-ptce.json");
    }

    public Path kafkaLib() {
        return repoRoot.resolve("deploy/local-runtime/target/kafka/lib");
    }

    public Path keycloakTarball() {
        return repoRoot.resolve("deploy/local-runtime/target/keycloak/keycloak-quarkus-dist.tar.gz");
    }

    /** Classpath of the detached infra process: the launcher's classes and its copied dependencies. */
    public String launcherClasspath() {
        Path module = repoRoot.resolve("deploy/local/target");
        return module.resolve("classes") + java.io.File.pathSeparator + module.resolve("lib") + "/*";
    }

    public Path serviceJar(Service service) {
        return repoRoot.resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    // --- owned by the running platform ---------------------------------------------------------

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    public Path runDir() {
        return dataDir.resolve("run");
    }

    public Path pidFile(String part) {
        return runDir().resolve(part + ".pid");
    }

    public Path portsFile() {
        return runDir().resolve("ports.properties");
    }

    public Path postgresData() {
        return dataDir.resolve("postgres");
    }

    public Path mailDir() {
        return dataDir.resolve("mail");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path keycloakParent() {
        return dataDir.resolve("keycloak");
    }

    public Path keycloakHome() {
        return keycloakParent().resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    /** Secrets generated for this data folder only (owner-only permissions where POSIX allows). */
    public Path secretsDir() {
        return dataDir.resolve("secrets");
    }

    /** candidature-service's PTCE_DS_TOKEN_KEY: the DS tokens in this folder's database are encrypted with it. */
    public Path dsTokenKeyFile() {
        return secretsDir().resolve("ds-token-key");
    }

    /** The Kafka users' passwords (the launcher's admin and one per service), written when the log is formatted. */
    public Path kafkaCredentialsFile() {
        return secretsDir().resolve("kafka-users.properties");
    }

    /** The event catalogue's topics.json: who produces and who consumes each topic (the Kafka ACLs). */
    public Path eventTopics() {
        return repoRoot.resolve("ptce-commons/events/src/main/resources/ptce-events/topics.json");
    }
}
