package fr.gouv.ptce.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

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

    private OutboxRelay relay;

    void start(@Observes StartupEvent event) {
        if (!settings.relayEnabled()) {
            return;
        }
        relay = new OutboxRelay(relaySettings(), clock);
        Gauge.builder("ptce_outbox_published", relay, OutboxRelay::publishedCount)
                .description("Événements publiés par le relais outbox depuis le démarrage").register(registry);
        Gauge.builder("ptce_outbox_relay_leader", relay, r -> r.isLeader() ? 1 : 0)
                .description("1 si ce réplica est le relais actif").register(registry);
        relay.start("ptce-outbox-relay");
    }

    void stop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.stop();
        }
    }

    public OutboxRelay.Settings relaySettings() {
        return new OutboxRelay.Settings(jdbcUrl, user.orElse(null), password.orElse(null), bootstrapServers,
                settings.source(), settings.pollInterval(), settings.batchSize(), settings.retention(),
                settings.purgeInterval(), settings.retryBackoff());
    }
}
