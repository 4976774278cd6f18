package fr.gouv.ptce.commons.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ptce.inbox")
public interface InboxSettings {

    /** Attempts before a failing event goes to the dead-letter topic. */
    @WithDefault("4")
    int maxAttempts();

    /** First pause between attempts; doubled each time. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Pause between checks while this service's own database is unreachable (nothing is dead-lettered then). */
    @WithDefault("2s")
    Duration databaseOutagePause();
}
