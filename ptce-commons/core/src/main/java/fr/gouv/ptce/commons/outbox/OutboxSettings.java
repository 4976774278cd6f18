package fr.gouv.ptce.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ptce.outbox")
public interface OutboxSettings {

    /** CloudEvents {@code source} of what this service publishes, e.g. {@code /ptce/candidature}. */
    String source();

    /** Run the relay in this process. Every replica may run it: an advisory lock keeps one active. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Safety-net poll when no NOTIFY arrives (a NOTIFY is lost if the listener reconnects). */
    @WithDefault("5s")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /** Published rows are kept this long (for audit and replay), then purged. */
    @WithDefault("P7D")
    Duration retention();

    @WithDefault("1h")
    Duration purgeInterval();

    /** Pause after a failed publication, so a dead broker is not hammered. */
    @WithDefault("1s")
    Duration retryBackoff();
}
