package fr.gouv.ptce.systemtests.support;

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
 * One more process of a service from the platform's packaged jar, started as the platform started
 * its own (same JVM options and environment, read from the running process), with a few variables
 * replaced: a replica of the service, as Kubernetes would run beside the first.
 */
public final class InstanceService implements AutoCloseable {

    private final Service service;
    private final Process process;
    public final int port;
    public final Path journal;

    private InstanceService(Service service, Process process, int port, Path journal) {
        this.service = service;
        this.process = process;
        this.port = port;
        this.journal = journal;
    }

    /** How the platform started a service: JVM options and environment of its running process. */
    public record Lancement(Service service, List<String> options, Map<String, String> environnement) {
    }

    public static Lancement lancementDeLaPlateforme(Layout layout, Service service) throws IOException {
        long pid = Long.parseLong(Files.readString(layout.pidFile(service.moduleName())).strip());
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
        return new Lancement(service, options, env);
    }

    public static InstanceService demarrer(Layout layout, Lancement l, int port, Map<String, String> remplacees, String nom)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(l.options());
        cmd.add("-jar");
        cmd.add(layout.serviceJar(l.service()).toString());
        Path journal = layout.logs().resolve(nom + ".log");
        Files.createDirectories(journal.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(journal.toFile());
        pb.environment().clear();
        pb.environment().putAll(l.environnement());
        pb.environment().putAll(remplacees);
        pb.environment().put("PTCE_HTTP_PORT", Integer.toString(port));
        return new InstanceService(l.service(), pb.start(), port, journal);
    }

    /** Waits until /q/health/ready answers 200 (the JVM may need minutes on a busy machine). */
    public void attendrePrete(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long fin = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < fin) {
            if (!process.isAlive()) {
                throw new AssertionError(service.moduleName() + " (port " + port + ") s'est arrêté au démarrage ; voir " + journal);
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
        throw new AssertionError(service.moduleName() + " (port " + port + ") pas prêt en " + patience.toSeconds() + " s ; voir " + journal);
    }

    public static int portLibre() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** {@code kill -9}: no shutdown hook runs, in-flight work is simply lost. */
    public void tuer() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    public boolean vivante() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
