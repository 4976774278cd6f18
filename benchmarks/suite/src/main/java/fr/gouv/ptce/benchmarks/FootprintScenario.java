package fr.gouv.ptce.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5 — footprint. RSS of the platform's own service JVMs (started by `./ptce up` with
 * container-like settings: 256 MB heap cap, serial collector) idle before the suite and at their
 * peak during it; ready time of a second instance of each service jar started with the same JVM
 * options (read from the running service's command line) on a spare port (spawn →
 * /q/health/ready UP), stopped right after. Reference: the bare Quarkus app, same options.
 */
public final class FootprintScenario {

    public static final List<String> SERVICES = List.of("candidature-service", "evaluation-service",
            "financement-service", "notification-service");
    /** Used only when the platform's own options cannot be read. */
    public static final List<String> HEAP = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private FootprintScenario() {
    }

    public static void run(Context ctx, Map<String, Double> idle, Procs.Sampler sampler, Map<String, Long> pids,
                           double referenceReady, double referenceIdleRss) {
        Settings s = ctx.s();
        Report r = ctx.report();
        Map<String, Object> details = new LinkedHashMap<>();
        for (String service : SERVICES) {
            int port = Procs.freePort(Integer.getInteger("bench.footprintPort", 0));
            Map<String, Object> d = new LinkedHashMap<>();
            double idleRss = idle.getOrDefault(service, Double.NaN);
            double peak = sampler.maxMb(pids.getOrDefault(service, -1L));
            d.put("idleRssMb", Latencies.round(idleRss));
            d.put("peakRssMb", Latencies.round(peak));
            Path jar = s.root().resolve(service + "/target/quarkus-app/quarkus-run.jar");
            double ready = Double.NaN;
            if (Files.exists(jar)) {
                String shortName = service.replace("-service", "");
                Map<String, String> env = new HashMap<>();
                env.put("PTCE_HTTP_PORT", Integer.toString(port));
                env.put("PTCE_DB_URL", s.jdbc(shortName));
                env.put("PTCE_DB_USER", "postgres");
                env.put("PTCE_DB_PASSWORD", "postgres");
                env.put("PTCE_KAFKA_BOOTSTRAP", s.host() + ":" + s.kafka());
                env.put("PTCE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
                env.put("PTCE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
                env.put("PTCE_KAFKA_SASL_JAAS_CONFIG", KafkaUsers.jaas(s, service));
                env.put("PTCE_OIDC_URL", s.url(s.keycloak()) + "/realms/ptce");
                env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
                if (service.startsWith("notification")) {
                    env.put("PTCE_SMTP_HOST", "127.0.0.1");
                    env.put("PTCE_SMTP_PORT", "3025");
                }
                Report.log("[footprint] second " + service + " sur :" + port);
                Procs.Jvm jvm = Procs.platformJvm(pids.getOrDefault(service, -1L), HEAP);
                d.put("jvmOptions", String.join(" ", jvm.options()));
                try (Procs.Started p = Procs.startJvm(jvm.options(), jar, jvm.with(env), s.url(port) + "/q/health/ready",
                        s.results().resolve("logs/" + service + "-footprint.log"))) {
                    ready = p.readySeconds();
                    sleep(3000);
                    d.put("secondInstanceIdleRssMb", Latencies.round(Procs.rssMb(p.pid())));
                } catch (BenchException e) {
                    r.error("5 footprint " + service, e);
                }
            }
            d.put("readySeconds", Latencies.round(ready));
            details.put(service, d);
            r.figure("5 footprint", service + " — ready", "s", ready, referenceReady, "bare Quarkus app, same OIDC",
                    "< 3 s", Double.isNaN(ready) ? null : ready < 3);
            r.figure("5 footprint", service + " — RSS idle", "MB", idleRss, referenceIdleRss, "bare Quarkus app, idle",
                    "< 250 MB", idleRss < 250);
            r.figure("5 footprint", service + " — RSS peak under the suite's load", "MB", peak, null, null,
                    "< 600 MB", peak < 600);
        }
        r.detail("footprint", details);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
