package fr.gouv.ptce.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One PTCE service from its packaged Quarkus jar, wired to the local parts by environment variables. */
final class ServicePart extends Part {

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
        return List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", layout.serviceJar(service).toString());
    }

    @Override
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PTCE_HTTP_PORT", Integer.toString(ports.of(service)));
        env.put("PTCE_DB_URL", "jdbc:postgresql://localhost:" + ports.postgres() + "/" + service.shortName());
        env.put("PTCE_DB_USER", "postgres");
        env.put("PTCE_DB_PASSWORD", "postgres");
        env.put("PTCE_KAFKA_BOOTSTRAP", "localhost:" + ports.kafka());
        env.put("PTCE_OIDC_URL", "http://localhost:" + ports.keycloak() + "/realms/ptce");
        // Local demo and system tests only: an admin may move the service's clock (PUT /api/v1/horloge).
        env.put("PTCE_CLOCK_ADJUSTABLE", "true");
        // Logs are read by people here: plain text instead of production's JSON lines.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service == Service.NOTIFICATION) {
            env.put("PTCE_SMTP_HOST", "127.0.0.1");
            env.put("PTCE_SMTP_PORT", Integer.toString(ports.smtp()));
            // Webhooks to localhost are refused in production; the demo's partner endpoints are local.
            env.put("PTCE_WEBHOOKS_AUTORISER_LOCAL", "true");
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
