package fr.gouv.ptce.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Starts this service's outbox relay with the application, and stops it before the pool closes. */
@ApplicationScoped
public class OutboxRelayLifecycle {

    @Inject
    OutboxSettings settings;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Every {@code kafka.*} setting of the service, as its consumers get them (env vars included). */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    Tracer tracer;

    /* Written under the lock by suspend/resume; read without it by the metrics, which must not wait on a stop. */
    private volatile OutboxRelay relay;

    void start(@Observes StartupEvent event) {
        if (!settings.relayEnabled()) {
            return;
        }
        Gauge.builder("ptce_outbox_published", this, l -> l.current().map(OutboxRelay::publishedCount).orElse(0L))
                .description("Événements publiés par le relais outbox depuis son démarrage").register(registry);
        Gauge.builder("ptce_outbox_relay_leader", this, l -> l.current().filter(OutboxRelay::isLeader).isPresent() ? 1 : 0)
                .description("1 si ce réplica est le relais actif").register(registry);
        resume();
    }

    void stop(@Observes ShutdownEvent event) {
        suspend();
    }

    /** The relay of this process, if it runs. */
    public Optional<OutboxRelay> current() {
        return Optional.ofNullable(relay);
    }

    /**
     * Stops this process's relay (gracefully: the batch in hand is published and marked). Rows keep
     * accumulating in the outbox. Meant for operations and for tests that run relays of their own.
     */
    public synchronized void suspend() {
        if (relay != null) {
            relay.stop();
            relay = null;
        }
    }

    /** Starts this process's relay again (a no-op when it runs, or when the relay is disabled). */
    public synchronized void resume() {
        if (relay == null && settings.relayEnabled()) {
            relay = new OutboxRelay(relaySettings(), clock, tracer);
            relay.start("ptce-outbox-relay");
        }
    }

    public OutboxRelay.Settings relaySettings() {
        return new OutboxRelay.Settings(jdbcUrl, user.orElse(null), password.orElse(null), bootstrapServers,
                connexionKafka(kafka), settings.source(), settings.pollInterval(), settings.batchSize(), settings.retention(),
                settings.purgeInterval(), settings.retryBackoff());
    }

    /**
     * The connection part of the Kafka settings (security protocol, SASL, TLS): the relay's producer
     * must reach the broker the way the consumers do, but keeps its own delivery settings.
     */
    static Map<String, Object> connexionKafka(Map<String, Object> kafka) {
        return kafka.entrySet().stream()
                .filter(e -> e.getKey().startsWith("security.") || e.getKey().startsWith("sasl.")
                        || e.getKey().startsWith("ssl."))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
