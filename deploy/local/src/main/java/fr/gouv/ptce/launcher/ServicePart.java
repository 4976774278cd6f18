package fr.gouv.ptce.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One PTCE service from its packaged Quarkus jar, wired to the local parts by environment variables. */
final class ServicePart extends Part {

    /**
     * Every 30 s the JVM hands the C heap's free pages back to the system (glibc's malloc_trim). What
     * the start-up (class loading, the JIT's arenas, Hibernate's boot) allocated and freed stays in
     * the process otherwise: 15–20 MB of an idle service's RSS (benchmarks/README.md, footprint). JDK
     * 17.0.9 and later; at rest its thread costs ~0.2 ms/s (each trim after the first returns a few MB).
     */
    static final String NATIVE_HEAP_TRIM = "-XX:TrimNativeHeapInterval=30000";

    /**
     * Container-like JVM settings: a 256 MB heap cap, the serial collector (one or two cores), and a
     * heap that starts small and gives memory back (free ratios), so that an idle service holds
     * ~250 MB instead of ~310 MB (benchmarks/README.md, footprint), counters sampled once a second
     * ({@link Part#PERF_SAMPLING}) and the C heap trimmed ({@link #NATIVE_HEAP_TRIM}). The benchmark suite
     * reads these from the running services' command lines, so what it measures is what this starts.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=40", PERF_SAMPLING, NATIVE_HEAP_TRIM);

    private final Service service;
    private final Map<String, String> overrides;

    ServicePart(Layout layout, Ports ports, Service service) {
        this(layout, ports, service, Map.of());
    }

    /** {@code overrides}: extra or replaced environment variables (the system tests' short retry timings). */
    ServicePart(Layout layout, Ports ports, Service service, Map<String, String> overrides) {
        super(layout, ports);
        this.service = service;
        this.overrides = Map.copyOf(overrides);
    }

    Service service() {
        return service;
    }

    @Override
    String name() {
        return service.moduleName();
    }

    @Override
    String label() {
        return service.moduleName() + " http://localhost:" + ports.of(service);
    }

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", layout.serviceJar(service).toString()));
        return command;
    }

    @Override
    List<String> portNames() {
        return List.of(service.moduleName());
    }

    @Override
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PTCE_HTTP_PORT", Integer.toString(ports.of(service)));
        // glibc otherwise gives each busy thread its own 64 MB malloc arena: two are enough here.
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("PTCE_DB_URL", service.jdbcUrl(ports));
        env.put("PTCE_DB_USER", Service.DB_USER);
        env.put("PTCE_DB_PASSWORD", Service.DB_PASSWORD);
        env.put("PTCE_KAFKA_BOOTSTRAP", "localhost:" + ports.kafka());
        // As production, but without TLS: SCRAM-SHA-512 as the service's own user, whose ACLs are its rights.
        env.put("PTCE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("PTCE_KAFKA_SASL_MECHANISM", KafkaUsers.MECHANISM);
        env.put("PTCE_KAFKA_SASL_JAAS_CONFIG", KafkaUsers.of(layout).jaas(service.moduleName()));
        env.put("PTCE_OIDC_URL", "http://localhost:" + ports.keycloak() + "/realms/ptce");
        // Local demo and system tests only: an admin may move the service's clock (PUT /api/v1/horloge).
        env.put("PTCE_CLOCK_ADJUSTABLE", "true");
        // Logs are read by people here: plain text instead of production's JSON lines.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // No trace collector runs here: spans are recorded (trace ids propagate) but cannot be sent, which
        // is not worth a warning every five seconds. Set PTCE_OTLP_ENDPOINT to a collector to see them.
        env.put("PTCE_OTLP_LOG_LEVEL", "ERROR");
        if (service == Service.CANDIDATURE) {
            // The packaged jar runs in the prod profile, which refuses to start without this key.
            env.put("PTCE_DS_TOKEN_KEY", DsTokenKey.of(layout));
            env.put("PTCE_CLAMD_HOST", "127.0.0.1");
            env.put("PTCE_CLAMD_PORT", Integer.toString(ports.clamd()));
        }
        if (service == Service.EVALUATION) {
            // The directory of evaluators: Keycloak's admin API, as the client evaluation-annuaire of the
            // realm file (its public demo secret).
            env.put("PTCE_KEYCLOAK_URL", "http://localhost:" + ports.keycloak());
            env.put("PTCE_ANNUAIRE_SECRET", "evaluation-annuaire-secret-demo");
        }
        if (service == Service.FINANCEMENT) {
            // The demo's granting body for the open data (SCDL): a placeholder SIRET, to be replaced in production.
            env.put("PTCE_OPENDATA_SIRET_ATTRIBUANT", "11000000000003");
        }
        if (service == Service.NOTIFICATION) {
            env.put("PTCE_SMTP_HOST", "127.0.0.1");
            env.put("PTCE_SMTP_PORT", Integer.toString(ports.smtp()));
            // No front end runs here: the e-mails' links name where a local one would be served.
            env.put("PTCE_FRONT_URL", "http://localhost:3000");
            // Webhooks to localhost are refused in production; the demo's partner endpoints are local.
            env.put("PTCE_WEBHOOKS_AUTORISER_LOCAL", "true");
            // The public development key of notification-service's application.properties, said
            // explicitly: the launcher's services run in the prod profile, which requires one.
            env.put("PTCE_WEBHOOKS_CLE_CHIFFREMENT", "cHRjZS1jbGUtZGUtZGV2ZWxvcHBlbWVudC0zMm9jdCE=");
        }
        env.putAll(overrides);
        return env;
    }

    String healthUrl() {
        return "http://localhost:" + ports.of(service) + "/q/health/ready";
    }

    @Override
    boolean ready() {
        return Http.healthUp(healthUrl());
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(600);
    }
}
