package fr.gouv.ptce.commons.idempotence;

import fr.gouv.ptce.commons.time.TransportClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Idempotency keys serve retries, which come within minutes: a key and the answer it keeps (a body
 * that may hold personal data) are deleted a day after the request (docs/DONNEES-PERSONNELLES.md).
 * Every replica may run it: a delete by age is the same whoever runs it.
 */
@ApplicationScoped
public class PurgeIdempotence {

    /** How long a key is honoured. */
    public static final Duration CONSERVATION = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(PurgeIdempotence.class);

    @Inject
    DataSource dataSource;

    @Inject
    @TransportClock
    Clock clock;

    @Scheduled(identity = "purge-cles-idempotence", every = "1h", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifiee() {
        try {
            purger();
        } catch (RuntimeException e) {
            LOG.warnf("Purge des clés d'idempotence reportée au prochain passage : %s", e.getMessage());
        }
    }

    /** Deletes the keys older than {@link #CONSERVATION}; answers how many. */
    public int purger() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from idempotence where creee_le < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(CONSERVATION)));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Purge des clés d'idempotence impossible", e);
        }
    }
}
