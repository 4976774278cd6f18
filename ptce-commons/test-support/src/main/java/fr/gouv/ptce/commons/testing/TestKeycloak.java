package fr.gouv.ptce.commons.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak for the tests, started once per JVM: the keycloak-quarkus-dist of Maven Central (the
 * version the launcher runs, fetched by the build: see the root pom's {@code keycloak.version}), in dev
 * mode on a free port, with the realm of {@code deploy/keycloak/realm-ptce.json} imported and the master
 * realm's administrator {@link #ADMIN} (to create test users through the admin API).
 *
 * <p>Unpacked once into the module's {@code target/keycloak}: its first start there re-augments the
 * distribution (a minute or more), later builds reuse it. The store is in memory ({@code --db=dev-mem}):
 * each JVM starts from the realm file alone, so users written by a test never outlive its build. It is
 * started on its own, after PostgreSQL and Kafka are up, not in parallel with them: on a small machine a
 * parallel start only makes each slower. The time it took is logged (and kept as a system property).
 */
public final class TestKeycloak {

    static final String URL = "ptce.test.keycloak.url";
    /** The tarball, in the local Maven repository (set by the root pom's surefire configuration). */
    static final String DISTRIBUTION = "ptce.test.keycloak.distribution";
    /** Where it is unpacked (the module's target/keycloak). */
    static final String DOSSIER = "ptce.test.keycloak.dossier";
    static final String DUREE = "ptce.test.keycloak.demarrage-ms";

    public static final String REALM = "ptce";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final Duration DEMARRAGE_MAX = Duration.ofMinutes(15);

    private static Process process;

    private TestKeycloak() {
    }

    /** Its base URL (http://localhost:port), starting it on the first call of the JVM. */
    public static synchronized String url() {
        String url = System.getProperty(URL);
        if (url != null) {
            return url;
        }
        long t0 = System.nanoTime();
        Path home = installer();
        int port = ServeursDeTest.portLibre();
        demarrer(home, port);
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        System.setProperty(DUREE, String.valueOf(ms));
        System.out.printf("[ptce-test] Keycloak prêt sur le port %d en %d ms (%s)%n", port, ms, home);
        url = "http://localhost:" + port;
        System.setProperty(URL, url);
        return url;
    }

    /** The home of the unpacked distribution, unpacking it on the first run of the module. */
    private static Path installer() {
        Path tarball = Path.of(propriete(DISTRIBUTION));
        Path dossier = Path.of(propriete(DOSSIER));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("Distribution Keycloak absente (" + tarball + ") : elle vient de Maven "
                    + "Central par le build de ptce-commons/test-support (lancez Maven avec -am)");
        }
        try {
            Path home = dejaInstalle(dossier, tarball);
            if (home != null) {
                return home;
            }
            // The folder holds only what this class wrote (an older version's home, an interrupted unpack, the
            // log): emptied first, so that exactly one home is left for dejaInstalle to find.
            supprimer(dossier);
            Files.createDirectories(dossier);
            Path partiel = Files.createTempDirectory(dossier, "deballage-");
            executer(List.of("tar", "-xzf", tarball.toString(), "-C", partiel.toString()));
            Path extrait;
            try (Stream<Path> l = Files.list(partiel)) {
                extrait = l.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Archive Keycloak vide : " + tarball));
            }
            home = dossier.resolve(extrait.getFileName());
            // Moved into place only when complete: an interrupted unpack is redone next time.
            Files.move(extrait, home);
            supprimer(partiel);
            Files.writeString(dossier.resolve("distribution"), marque(tarball));
            return home;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak impossible à installer dans " + dossier, e);
        }
    }

    /** The home unpacked earlier from this very tarball, or null. */
    private static Path dejaInstalle(Path dossier, Path tarball) throws IOException {
        Path marque = dossier.resolve("distribution");
        if (!Files.isRegularFile(marque) || !Files.readString(marque).equals(marque(tarball))) {
            return null;
        }
        try (Stream<Path> l = Files.list(dossier)) {
            return l.filter(d -> Files.isExecutable(d.resolve("bin/kc.sh"))).findFirst().orElse(null);
        }
    }

    private static String marque(Path tarball) throws IOException {
        return tarball.getFileName() + " " + Files.size(tarball);
    }

    private static void demarrer(Path home, int port) {
        Path log = home.getParent().resolve("keycloak.log");
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(ServeursDeTest.fichierDuDepot("deploy/keycloak/realm-ptce.json"), importDir.resolve("realm-ptce.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--db=dev-mem", "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            // C1 only: on two shared cores C2's compile threads slow a start more than they speed a short run.
            pb.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak impossible à lancer (" + home + ")", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::arreter));
        String pret = "http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration";
        ServeursDeTest.attendre("Keycloak", process, DEMARRAGE_MAX, () -> repond(pret), log, TestKeycloak::arreter);
    }

    private static boolean repond(String url) {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kc.sh forwards TERM to its java; the java is stopped too in case the script is gone first. */
    private static synchronized void arreter() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> enfants = process.descendants().toList();
        process.destroy();
        enfants.forEach(ProcessHandle::destroy);
        try {
            process.waitFor();
            for (ProcessHandle enfant : enfants) {
                enfant.onExit().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException ignored) {
            // already gone
        }
        process = null;
    }

    private static String propriete(String nom) {
        String v = System.getProperty(nom);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("Propriété système " + nom + " absente : elle est posée par la "
                    + "configuration de surefire du pom racine");
        }
        return v;
    }

    private static void executer(List<String> commande) throws IOException {
        Process p = new ProcessBuilder(commande).redirectErrorStream(true).start();
        String sortie = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", commande) + " a échoué : " + sortie);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void supprimer(Path racine) throws IOException {
        if (!Files.exists(racine)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(racine)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
