package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the keycloak-quarkus-dist tarball, in dev mode (H2 file store) with the realm of
 * deploy/keycloak imported. The tarball is unpacked once per data folder; its first start
 * re-augments the distribution (slow), later starts reuse it.
 */
final class KeycloakPart extends Part {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    KeycloakPart(Layout layout, Ports ports) {
        super(layout, ports);
    }

    @Override
    String name() {
        return "keycloak";
    }

    @Override
    String label() {
        return "keycloak http://localhost:" + ports.keycloak() + " (realm ptce)";
    }

    @Override
    void prepare(Progress progress) {
        try {
            Path home = layout.keycloakHome();
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                long t0 = System.nanoTime();
                progress.step("unpacking Keycloak " + Layout.KEYCLOAK_VERSION + " into " + layout.keycloakParent()
                        + " (first start only)");
                unpack();
                progress.done("Keycloak unpacked", t0);
            }
            importRealm(home, progress);
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.START_FAILED,
                    "Cannot prepare Keycloak: " + e.getMessage(), e);
        }
    }

    private void unpack() throws IOException {
        Files.createDirectories(layout.keycloakParent());
        Path partial = layout.keycloakParent().resolve("unpacking");
        deleteTree(partial);
        Files.createDirectories(partial);
        try {
            Process tar = new ProcessBuilder("tar", "-xzf", layout.keycloakTarball().toString(), "-C", partial.toString())
                    .redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes());
            if (tar.waitFor() != 0) {
                throw new LauncherException(LauncherException.Kind.START_FAILED, "Unpacking Keycloak failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.Kind.OTHER, "Interrupted");
        }
        // Moved into place only when complete, so that an interrupted unpack is redone next time.
        deleteTree(layout.keycloakHome());
        Files.move(partial.resolve(layout.keycloakHome().getFileName()), layout.keycloakHome());
        deleteTree(partial);
    }

    /**
     * Keycloak imports a realm only into an empty store and ignores it afterwards. The store is
     * dropped (so that the file is imported again) when the realm file differs from the one of the
     * last start that reached "ready" — which also covers a first start interrupted mid-import.
     */
    private void importRealm(Path home, Progress progress) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        byte[] wanted = Files.readAllBytes(layout.realmFile());
        Files.write(importDir.resolve("realm-ptce.json"), wanted);
        Path imported = importedMarker();
        if (Files.isRegularFile(imported) && Arrays.equals(Files.readAllBytes(imported), wanted)) {
            return;
        }
        if (Files.isDirectory(home.resolve("data/h2"))) {
            progress.step("realm file new or changed: resetting Keycloak's store so that it is imported again");
            deleteTree(home.resolve("data/h2"));
        }
        Files.deleteIfExists(imported);
    }

    private Path importedMarker() {
        return layout.keycloakParent().resolve("realm-ptce.imported.json");
    }

    /** Called once Keycloak answered: the realm file in data/import is now the imported one. */
    void markImported() {
        try {
            Files.copy(layout.keycloakHome().resolve("data/import/realm-ptce.json"), importedMarker(),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.OTHER, "Cannot record the realm import: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    List<String> command() {
        return List.of(layout.keycloakHome().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + ports.keycloak(), "--import-realm");
    }

    @Override
    List<String> portNames() {
        return List.of("keycloak");
    }

    @Override
    Map<String, String> environment() {
        return Map.of(
                // Master-realm administrator for the admin console, created on the first start.
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "JAVA_OPTS_APPEND", PERF_SAMPLING,
                "JAVA_HOME", System.getProperty("java.home"));
    }

    @Override
    boolean ready() {
        return Http.getOk("http://localhost:" + ports.keycloak() + "/realms/ptce/.well-known/openid-configuration") != null;
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(900);
    }

    @Override
    Duration stopGrace() {
        return Duration.ofSeconds(30);
    }
}
