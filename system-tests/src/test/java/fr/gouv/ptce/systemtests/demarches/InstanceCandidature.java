package fr.gouv.ptce.systemtests.demarches;

import fr.gouv.ptce.launcher.Layout;
import fr.gouv.ptce.launcher.Service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more candidature-service process from the platform's packaged jar, started as the platform
 * started its own (same JVM options and environment, read from the running process), with a few
 * variables replaced: a replica of the service, as Kubernetes would run beside the first.
 */
final class InstanceCandidature implements AutoCloseable {

    private final Process process;
    final int port;
    final Path journal;

    private InstanceCandidature(Process process, int port, Path journal) {
        this.process = process;
        this.port = port;
        this.journal = journal;
    }

    /** How the platform started candidature-service: JVM options and environment of its running process. */
    record Lancement(List<String> options, Map<String, String> environnement) {
    }

    static Lancement lancementDeLaPlateforme(Layout layout) throws IOException {
        long pid = Long.parseLong(Files.readString(layout.pidFile(Service.CANDIDATURE.moduleName())).strip());
        String nul = String.valueOf((char) 0);
        String[] cmd = Files.readString(Path.of("/proc/" + pid + "/cmdline")).split(nul);
        List<String> options = new ArrayList<>();
        for (int i = 1; i < cmd.length && !cmd[i].equals("-jar"); i++) {
            options.add(cmd[i]);
        }
        Map<String, String> env = new HashMap<>();
        for (String e : Files.readString(Path.of("/proc/" + pid + "/environ")).split(nul)) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                env.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        return new Lancement(options, env);
    }

    static InstanceCandidature demarrer(Layout layout, Lancement l, int port, Map<String, String> remplacees, String nom)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(l.options());
        cmd.add("-jar");
        cmd.add(layout.serviceJar(Service.CANDIDATURE).toString());
        Path journal = layout.logs().resolve(nom + ".log");
        Files.createDirectories(journal.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(journal.toFile());
        pb.environment().clear();
        pb.environment().putAll(l.environnement());
        pb.environment().putAll(remplacees);
        pb.environment().put("PTCE_HTTP_PORT", Integer.toString(port));
        return new InstanceCandidature(pb.start(), port, journal);
    }

    /** Waits until /q/health/ready answers 200 (the JVM may need minutes on a busy machine). */
    void attendrePrete(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long fin = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < fin) {
            if (!process.isAlive()) {
                throw new AssertionError("candidature-service (port " + port + ") s'est arrêté au démarrage ; voir " + journal);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("candidature-service (port " + port + ") pas prêt en " + patience.toSeconds() + " s ; voir " + journal);
    }

    static int portLibre() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
