package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The local PTCE platform: PostgreSQL + SMTP + mailbox (one "infra" process), a Kafka broker, clamd,
 * Keycloak and the four services, each a detached process with a pid file in the data folder.
 * Used by {@code ./ptce} and by the system tests, so both start exactly the same thing.
 */
public final class Platform {

    private final Layout layout;
    private final Ports ports;
    private final Progress progress;
    private final java.util.Set<Service> services;
    private final java.util.Map<String, String> serviceOverrides;

    public Platform(Layout layout, Ports ports, Progress progress) {
        this(layout, ports, progress, java.util.EnumSet.allOf(Service.class));
    }

    /** A platform running only some of the services (troubleshooting: PTCE_SERVICES=candidature,...). */
    public Platform(Layout layout, Ports ports, Progress progress, java.util.Set<Service> services) {
        this(layout, ports, progress, services, java.util.Map.of());
    }

    /**
     * {@code serviceOverrides}: environment variables given to every service on top of the usual
     * ones, e.g. {@link SystemTestSettings#serviceEnvironment()}.
     */
    public Platform(Layout layout, Ports ports, Progress progress, java.util.Set<Service> services,
                    java.util.Map<String, String> serviceOverrides) {
        this.layout = layout;
        this.ports = ports;
        this.progress = progress;
        this.services = java.util.EnumSet.copyOf(services);
        this.serviceOverrides = java.util.Map.copyOf(serviceOverrides);
    }

    /** A platform on the ports it was started with (read from the data folder), else on {@code fallback}. */
    public static Platform existing(Layout layout, Ports fallback, Progress progress) {
        Path file = layout.portsFile();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
                return new Platform(layout, Ports.fromProperties(p), progress);
            } catch (IOException | RuntimeException e) {
                // unreadable: fall back
            }
        }
        return new Platform(layout, fallback, progress);
    }

    public Layout layout() {
        return layout;
    }

    public Ports ports() {
        return ports;
    }

    /** Every part, all four services included (with this platform's settings): what down, status and restart look at. */
    private List<Part> allParts() {
        return new Platform(layout, ports, progress, java.util.EnumSet.allOf(Service.class), serviceOverrides).parts();
    }

    /** Start order; stop is the reverse. */
    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        parts.add(new InfraPart(layout, ports));
        parts.add(new KafkaPart(layout, ports));
        parts.add(new KeycloakPart(layout, ports));
        parts.add(new ClamdPart(layout, ports));
        for (Service s : services) {
            parts.add(new ServicePart(layout, ports, s, serviceOverrides));
        }
        return parts;
    }

    /** Names of the parts whose recorded process is alive (any service, even one not selected). */
    public List<String> runningParts() {
        return allParts().stream().filter(p -> Processes.alive(layout.pidFile(p.name())).isPresent())
                .map(Part::name).toList();
    }

    public boolean isRunning() {
        return !runningParts().isEmpty();
    }

    /**
     * Starts every part and returns once all are healthy. Refuses when this data folder's platform
     * already runs (even partly), when something is not built, or when a port is taken.
     */
    public void up() {
        long t0 = System.nanoTime();
        List<String> running = runningParts();
        if (!running.isEmpty()) {
            List<String> stopped = parts().stream().map(Part::name).filter(n -> !running.contains(n)).toList();
            throw new LauncherException(LauncherException.Kind.ALREADY_RUNNING, stopped.isEmpty()
                    ? "PTCE is already running (" + String.join(", ", running) + "; data folder " + layout.dataDir() + "). "
                            + "`./ptce status` shows it; `./ptce down` stops it."
                    : "PTCE is partly running (" + String.join(", ", running) + " of data folder "
                            + layout.dataDir() + "; stopped: " + String.join(", ", stopped) + "). `./ptce restart "
                            + String.join(" ", stopped) + "` starts what is stopped; or `./ptce down`, then `./ptce up`.");
        }
        requireBuilt();
        PortCheck.requireFree(ports.byName());
        progress.line("Starting PTCE (data folder " + layout.dataDir() + ", logs in " + layout.logs() + ")");
        createFolders();
        List<Part> parts = parts();
        List<Part> infra = parts.subList(0, 4);
        List<Part> services = parts.subList(4, parts.size());
        try {
            for (Part part : infra) {
                part.prepare(progress);
            }
            // Keycloak is the slowest: started first so that the others start while it works.
            for (Part part : List.of(infra.get(2), infra.get(0), infra.get(1), infra.get(3))) {
                progress.step("starting " + part.label());
                part.start();
            }
            for (Part part : List.of(infra.get(0), infra.get(1), infra.get(2), infra.get(3))) {
                await(part, t0);
            }
            // The services need PostgreSQL, Kafka and Keycloak's keys at start.
            for (Part part : services) {
                progress.step("starting " + part.label());
                part.start();
            }
            for (Part part : services) {
                await(part, t0);
            }
        } catch (RuntimeException e) {
            progress.line("Start failed: stopping what was started.");
            stopAll(Progress.silent());
            throw e;
        }
        progress.line("PTCE is up in " + Progress.seconds(System.nanoTime() - t0) + ".");
    }

    private void createFolders() {
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.runDir());
            Files.writeString(layout.portsFile(), ports.toProperties());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireBuilt() {
        List<String> missing = new ArrayList<>();
        for (Service s : services) {
            if (!Files.isRegularFile(layout.serviceJar(s))) {
                missing.add(layout.repoRoot().relativize(layout.serviceJar(s)).toString());
            }
        }
        if (!Files.isDirectory(layout.kafkaLib())) {
            missing.add(layout.repoRoot().relativize(layout.kafkaLib()).toString());
        }
        if (!Files.isExecutable(layout.keycloakHome().resolve("bin/kc.sh")) && !Files.isRegularFile(layout.keycloakTarball())) {
            missing.add(layout.repoRoot().relativize(layout.keycloakTarball()).toString());
        }
        if (!Files.isRegularFile(layout.realmFile())) {
            missing.add(layout.repoRoot().relativize(layout.realmFile()).toString());
        }
        if (!missing.isEmpty()) {
            throw new LauncherException(LauncherException.Kind.NOT_BUILT, "Not built yet: " + String.join(", ", missing)
                    + ". Build with `./mvnw -B package -DskipTests` (./ptce up does it for you).");
        }
    }

    private void await(Part part, long t0) {
        long start = System.nanoTime();
        long deadline = start + part.startTimeout().toNanos();
        long nextNotice = start + Duration.ofSeconds(15).toNanos();
        while (!part.ready()) {
            if (Processes.alive(layout.pidFile(part.name())).isEmpty()) {
                throw new LauncherException(LauncherException.Kind.START_FAILED, part.name()
                        + " stopped while starting. Last lines of " + layout.log(part.name()) + ":\n"
                        + Processes.tail(layout.log(part.name()), 25));
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new LauncherException(LauncherException.Kind.START_FAILED, part.name() + " was not ready after "
                        + part.startTimeout().toSeconds() + " s. Last lines of " + layout.log(part.name()) + ":\n"
                        + Processes.tail(layout.log(part.name()), 25));
            }
            if (now > nextNotice) {
                progress.step("still waiting for " + part.name() + " (" + Progress.seconds(now - start) + ")"
                        + lastLogLine(part));
                nextNotice = now + Duration.ofSeconds(15).toNanos();
            }
            Processes.sleep(250);
        }
        if (part instanceof KeycloakPart keycloak) {
            keycloak.markImported();
        }
        if (part instanceof KafkaPart kafka) {
            kafka.grantAccess();
        }
        progress.done(part.label() + " ready", t0);
    }

    /** The last line of a part's log, shortened: tells a person waiting what the part is doing. */
    private String lastLogLine(Part part) {
        String last = Processes.tail(layout.log(part.name()), 1).strip();
        if (last.isEmpty() || last.startsWith("=====") || last.startsWith("(no log")) {
            return "";
        }
        // Drop the timestamp and level prefix that most logs start with.
        last = last.replaceFirst("^[0-9:,.TZ\\[\\] -]+(INFO|WARN|DEBUG)?\\s*", "");
        return " — " + (last.length() > 90 ? last.substring(0, 90) + "…" : last);
    }

    /** Stops every part this data folder's platform started, services first. True if any was running. */
    public boolean down() {
        boolean any = stopAll(progress);
        try {
            Files.deleteIfExists(layout.portsFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return any;
    }

    private boolean stopAll(Progress out) {
        List<Part> parts = allParts();
        // The services first, all at once (each takes seconds to drain); then Keycloak, Kafka, infra.
        List<Part> services = parts.stream().filter(p -> p instanceof ServicePart).toList();
        List<Part> infra = new ArrayList<>(parts.stream().filter(p -> !(p instanceof ServicePart)).toList());
        java.util.Collections.reverse(infra);
        boolean any = stopParallel(services, out);
        for (Part part : infra) {
            any |= stop(part, out);
        }
        stopOrphanPostgres(out);
        return any;
    }

    /** Stops {@code parts} all at once (a service takes seconds to drain). True if any was running. */
    private boolean stopParallel(List<Part> parts, Progress out) {
        boolean any = false;
        // A thread each: the common pool may have a single thread on a 2-core machine.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, parts.size()));
        try {
            List<java.util.concurrent.CompletableFuture<Boolean>> stopping = parts.stream()
                    .map(p -> java.util.concurrent.CompletableFuture.supplyAsync(() -> stop(p, out), pool)).toList();
            for (var f : stopping) {
                any |= f.join();
            }
        } finally {
            pool.shutdown();
        }
        return any;
    }

    /**
     * The PostgreSQL server of this data folder. pg_ctl puts it in a session of its own, so it is
     * neither a child nor in the process group of the infra process that started it.
     */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = layout.postgresData().resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean stop(Part part, Progress out) {
        Optional<ProcessHandle> process = Processes.alive(layout.pidFile(part.name()));
        long t0 = System.nanoTime();
        Processes.stop(layout.pidFile(part.name()), process.isPresent() ? part.stopGrace() : Duration.ZERO);
        process.ifPresent(p -> out.done("stopped " + part.name() + " (pid " + p.pid() + ")", t0));
        return process.isPresent();
    }

    /** A PostgreSQL left behind by a killed infra process would keep the data folder locked. */
    private void stopOrphanPostgres(Progress out) {
        Optional<ProcessHandle> pg = postmaster();
        if (pg.isPresent()) {
            pg.get().destroy();
            try {
                pg.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                out.line("  ✓ stopped a PostgreSQL left running (pid " + pg.get().pid() + ")");
            } catch (Exception e) {
                out.line("  ! PostgreSQL (pid " + pg.get().pid() + ") did not stop: " + e.getMessage());
            }
        }
    }

    /** Names of every part, in start order: what {@code ./ptce restart} and {@code ./ptce logs} accept. */
    public List<String> partNames() {
        return allParts().stream().map(Part::name).toList();
    }

    /**
     * {@code ./ptce restart <part>...}: stops the named parts (those running) and starts them again
     * while the rest of the platform runs, then returns once they are ready. A service is named as
     * "candidature-service" or "candidature". Refuses when nothing runs, and when a service would
     * start without the PostgreSQL, Kafka or Keycloak it needs at start.
     */
    public void restart(List<String> names) {
        List<Part> chosen = chosen(names);
        List<String> running = runningParts();
        if (running.isEmpty()) {
            throw new LauncherException(LauncherException.Kind.NOT_RUNNING, "PTCE is not running (data folder "
                    + layout.dataDir() + "): `./ptce up` starts it.");
        }
        List<String> chosenNames = chosen.stream().map(Part::name).toList();
        if (chosen.stream().anyMatch(p -> p instanceof ServicePart)) {
            List<String> missing = List.of("infra", "kafka", "keycloak").stream()
                    .filter(n -> !running.contains(n) && !chosenNames.contains(n)).toList();
            if (!missing.isEmpty()) {
                throw new LauncherException(LauncherException.Kind.NOT_RUNNING, "A service needs infra, kafka and keycloak"
                        + " at start; stopped: " + String.join(", ", missing) + ". Add them: `./ptce restart "
                        + String.join(" ", missing) + " " + String.join(" ", chosenNames) + "`.");
            }
        }
        long t0 = System.nanoTime();
        progress.line("Restarting " + String.join(", ", chosenNames) + " (data folder " + layout.dataDir() + ")");
        List<Part> services = chosen.stream().filter(p -> p instanceof ServicePart).toList();
        List<Part> infra = chosen.stream().filter(p -> !(p instanceof ServicePart)).toList();
        stopParallel(services, progress);
        List<Part> infraReversed = new ArrayList<>(infra);
        java.util.Collections.reverse(infraReversed);
        infraReversed.forEach(p -> stop(p, progress));
        if (chosenNames.contains("infra")) {
            stopOrphanPostgres(progress);
        }
        java.util.Map<String, Integer> wanted = new java.util.LinkedHashMap<>();
        chosen.forEach(p -> p.portNames().forEach(n -> wanted.put(n, ports.byName().get(n))));
        PortCheck.requireFree(wanted);
        createFolders();
        for (Part part : infra) {
            part.prepare(progress);
            progress.step("starting " + part.label());
            part.start();
        }
        for (Part part : infra) {
            await(part, t0);
        }
        for (Part part : services) {
            if (!Files.isRegularFile(layout.serviceJar(((ServicePart) part).service()))) {
                requireBuilt();
            }
            progress.step("starting " + part.label());
            part.start();
        }
        for (Part part : services) {
            await(part, t0);
        }
        progress.line("Restarted in " + Progress.seconds(System.nanoTime() - t0) + ".");
    }

    /** The parts named, in start order, each once; an unknown name is refused with the list of parts. */
    private List<Part> chosen(List<String> names) {
        if (names.isEmpty()) {
            throw new LauncherException(LauncherException.Kind.BAD_SETTING, "Name the part(s) to restart: "
                    + String.join(", ", partNames()) + ".");
        }
        List<Part> all = allParts();
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String name : names) {
            wanted.add(partName(name));
        }
        return all.stream().filter(p -> wanted.contains(p.name())).toList();
    }

    /** The part's own name for {@code name} ("candidature" → "candidature-service"); unknown names refused. */
    public String partName(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        List<String> known = partNames();
        if (known.contains(n)) {
            return n;
        }
        if (known.contains(n + "-service")) {
            return n + "-service";
        }
        throw new LauncherException(LauncherException.Kind.BAD_SETTING, "Unknown part '" + name + "': the parts are "
                + String.join(", ", known) + ".");
    }

    // --- fault injection (system tests): one part at a time --------------------------------------

    /** {@code kill -9} of one service: no shutdown hook runs, in-flight work is simply lost. */
    public void kill(Service service) {
        Processes.kill(layout.pidFile(service.moduleName()));
    }

    /** Starts one service again (same environment as at {@link #up}) and returns once it is ready. */
    public void start(Service service) {
        ServicePart part = new ServicePart(layout, ports, service, serviceOverrides);
        if (Processes.alive(layout.pidFile(part.name())).isPresent()) {
            throw new LauncherException(LauncherException.Kind.ALREADY_RUNNING, part.name() + " is already running");
        }
        long t0 = System.nanoTime();
        part.start();
        await(part, t0);
    }

    /** True when the service's readiness check answers UP. */
    public boolean ready(Service service) {
        return new ServicePart(layout, ports, service, serviceOverrides).ready();
    }

    /** {@code kill -9} of the Kafka broker (its log on disk is kept). */
    public void killKafka() {
        Processes.kill(layout.pidFile("kafka"));
    }

    /** Starts the Kafka broker again on its existing log and returns once it listens. */
    public void startKafka() {
        KafkaPart kafka = new KafkaPart(layout, ports);
        kafka.prepare(progress);
        long t0 = System.nanoTime();
        kafka.start();
        await(kafka, t0);
    }

    /**
     * The settings a Kafka client needs to connect to this data folder's broker as {@code user}: a
     * service's name (as that service connects, with that service's ACLs) or the launcher's admin.
     */
    public java.util.Map<String, Object> kafkaClient(String user) {
        return KafkaUsers.of(layout).clientConfig(user, ports.kafka());
    }

    /** Closes the SMTP listener of the infra process; mail received so far stays in the mailbox. */
    public void stopSmtp() {
        smtpControl("stop");
    }

    /** Opens the SMTP listener again, on the same port. */
    public void startSmtp() {
        smtpControl("start");
    }

    private void smtpControl(String action) {
        int status = Http.post("http://localhost:" + ports.mailbox() + "/api/smtp/" + action);
        if (status != 200) {
            throw new LauncherException(LauncherException.Kind.OTHER, "the mailbox refused to " + action
                    + " SMTP (HTTP " + status + ")");
        }
    }

    /** One line per part: pid, health, resident memory. */
    public record PartStatus(String name, String label, Long pid, boolean healthy, long rssKb) {
    }

    public List<PartStatus> status() {
        List<PartStatus> all = new ArrayList<>();
        for (Part part : allParts()) {
            Optional<ProcessHandle> process = Processes.alive(layout.pidFile(part.name()));
            long rss = process.map(p -> Processes.rssKb(p.pid())).orElse(0L);
            if (part instanceof InfraPart && process.isPresent()) {
                rss += postmaster().map(p -> Processes.rssKb(p.pid())).orElse(0L);
            }
            all.add(new PartStatus(part.name(), part.label(), process.map(ProcessHandle::pid).orElse(null),
                    process.isPresent() && part.ready(), rss));
        }
        return all;
    }

    /** Sum of the resident memory of every process of the platform (children included), in kB. */
    public long totalRssKb() {
        return status().stream().mapToLong(PartStatus::rssKb).sum();
    }
}
