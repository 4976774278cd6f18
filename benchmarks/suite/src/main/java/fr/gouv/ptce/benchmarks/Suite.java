package fr.gouv.ptce.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite: checks the local platform is up, prepares real tokens, starts the bare
 * Quarkus reference, runs the six scenarios (each failure is reported and the next one runs),
 * and writes results.json and index.html under benchmarks/target/results.
 */
public final class Suite {

    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.fromSystemProperties();
        try {
            Preflight.check(s);
        } catch (BenchException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Files.createDirectories(s.results());
        Report r = new Report(s);
        r.loadAverage("start");
        Report.log("PTCE benchmarks" + (s.quick() ? " (quick)" : "") + " → " + s.results());

        // At rest first (CPU, then memory), before the suite creates any load, Keycloak accounts included.
        step(r, s, "idle", () -> IdleScenario.run(s, r));
        Map<String, Long> pids = new LinkedHashMap<>();
        Map<String, Double> idle = new LinkedHashMap<>();
        for (String service : FootprintScenario.SERVICES) {
            long pid = Procs.platformPid(s, service);
            pids.put(service, pid);
            idle.put(service, Procs.rssMb(pid));
        }
        Procs.Sampler sampler = new Procs.Sampler(new ArrayList<>(pids.values()));

        Keycloak kc = new Keycloak(s);
        Report.log("[setup] jetons Keycloak et " + s.porteurs() + " porteurs");
        List<Keycloak.User> porteurs = kc.porteurs(s.porteurs());
        int refPort = Procs.freePort(s.reference());
        Context ctx = new Context(s, r, new Api(s), kc.login("admin1"), kc.login("instructeur1"), kc.login("comite1"),
                porteurs, s.url(refPort));

        Path refJar = s.root().resolve("benchmarks/reference-app/target/quarkus-app/quarkus-run.jar");
        Report.log("[setup] application Quarkus de référence sur :" + refPort);
        // The reference runs with the JVM options of the platform's services, read from candidature's.
        Procs.Jvm jvm = Procs.platformJvm(pids.getOrDefault("candidature-service", -1L), FootprintScenario.HEAP);
        r.detail("jvmOptions", String.join(" ", jvm.options()) + " " + jvm.allocator());
        try (Procs.Started ref = Procs.startJvm(jvm.options(), refJar,
                new Procs.Jvm(jvm.options(), jvm.allocator()).with(Map.of("PTCE_REF_HTTP_PORT", Integer.toString(refPort),
                        "PTCE_OIDC_URL", s.url(s.keycloak()) + "/realms/ptce")),
                s.url(refPort) + "/q/health/ready", s.results().resolve("logs/reference-app.log"))) {
            FootprintScenario.sleep(3000);
            double refIdle = Procs.rssMb(ref.pid());
            r.detail("reference", Map.of("readySeconds", Latencies.round(ref.readySeconds()), "idleRssMb", Latencies.round(refIdle)));

            step(r, s, "reads", () -> ReadsScenario.run(ctx));
            // Events after the rush: its 1,000-odd submissions have compiled the consumers' path, as
            // in a replica in service; measured first, 20 events of warm-up left the JIT at work
            // during the measure (30.8 ms at p50 on a fresh platform against 10-11 on a warm one).
            step(r, s, "rush", () -> RushScenario.run(ctx));
            step(r, s, "events", () -> EventsScenario.run(ctx));
            step(r, s, "ranking", () -> RankingScenario.run(ctx));
            r.detail("reference.peakRssMb", Latencies.round(Procs.rssMb(ref.pid())));
            step(r, s, "footprint", () -> FootprintScenario.run(ctx, idle, sampler, pids, ref.readySeconds(), refIdle));
        } finally {
            sampler.close();
            r.loadAverage("end");
            r.write();
        }
        Report.log("Résultats: " + s.results().resolve("results.json") + " et " + s.results().resolve("index.html"));
        String baseline = System.getProperty("bench.baseline", "").strip();
        if (!baseline.isEmpty()) {
            Baseline.compare(r, Path.of(baseline), s.results().resolve("comparison.md"));
        }
        Baseline.goals(baseline.isEmpty() ? null : Path.of(baseline), s.results().resolve("results.json"),
                s.results().resolve("goals.md"));
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(Report r, Settings s, String name, Step step) {
        if (!s.runs(name)) {
            return;
        }
        try {
            step.run();
        } catch (Exception e) {
            r.error(name, e);
            e.printStackTrace(System.out);
        }
        try {
            r.write(); // partial results survive a later crash
        } catch (Exception e) {
            Report.log("  ! écriture des résultats: " + e.getMessage());
        }
    }
}
