package fr.gouv.ptce.commons.outbox;

import fr.gouv.ptce.commons.verrous.VerrouConsultatif;
import io.opentelemetry.api.trace.Tracer;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the outbox to Kafka in sequence order. It holds a session advisory lock while active,
 * so among several replicas exactly one publishes and order holds; the others wait to take over.
 * It sleeps on LISTEN and wakes at the NOTIFY of each commit; a slow poll covers lost notifications.
 * A row is marked published only after the broker acknowledged it: a crash in between publishes it
 * again (at least once), and consumers drop the duplicate by its event id.
 */
public class OutboxRelay implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** {@code kafkaConnexion}: the service's Kafka client settings besides the brokers (SASL, TLS). */
    public record Settings(String jdbcUrl, String user, String password, String bootstrapServers,
                           Map<String, Object> kafkaConnexion, String source,
                           Duration pollInterval, int batchSize, Duration retention, Duration purgeInterval,
                           Duration retryBackoff) {
    }

    private final Settings settings;
    private final Clock clock;
    private final Tracer tracer;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean leader;
    private volatile Thread thread;
    private Instant nextPurge = Instant.EPOCH;

    public OutboxRelay(Settings settings, Clock clock, Tracer tracer) {
        this.settings = settings;
        this.clock = clock;
        this.tracer = tracer;
    }

    public void start(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Stops after the batch in hand is published and marked (so a graceful stop causes no duplicate),
     * then wakes the other replicas so that one takes over at once rather than at its next poll.
     */
    public void stop() {
        running = false;
        Thread t = thread;
        if (t == null) {
            return;
        }
        wakeListeners(); // ends our own wait on LISTEN
        try {
            t.join(settings.pollInterval().toMillis() + 15_000);
            if (t.isAlive()) {
                t.interrupt();
                t.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wakeListeners(); // our lock is released now: a follower may take it
    }

    private void wakeListeners() {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement st = c.createStatement()) {
            st.execute("select pg_notify('" + Outbox.CHANNEL + "', '')");
        } catch (SQLException e) {
            LOG.debugf("Réveil des relais impossible (%s) : ils se réveilleront au prochain sondage", e.getMessage());
        }
    }

    public boolean isLeader() {
        return leader;
    }

    public long publishedCount() {
        return published.get();
    }

    @Override
    public void run() {
        while (running) {
            try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                 KafkaPublisher publisher = new KafkaPublisher(settings.bootstrapServers(),
                         settings.kafkaConnexion(), settings.source(), tracer)) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + Outbox.CHANNEL);
                }
                loop(c, publisher);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Relais outbox interrompu (%s), nouvelle tentative dans %s", e.getMessage(),
                            settings.retryBackoff());
                }
            } finally {
                // Closing the connection released the session lock: another replica may lead now.
                leader = false;
            }
            if (running) {
                pause(settings.retryBackoff());
            }
        }
    }

    private void loop(Connection c, KafkaPublisher publisher) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            if (!leader) {
                leader = tryLock(c);
                if (!leader) {
                    pg.getNotifications((int) settings.pollInterval().toMillis());
                    continue;
                }
                LOG.info("Relais outbox actif (verrou consultatif obtenu)");
            }
            List<OutboxRow> rows = readBatch(c);
            if (rows.isEmpty()) {
                purgeIfDue(c);
                // Blocks until a commit notifies us, or the safety-net poll interval passes.
                pg.getNotifications((int) settings.pollInterval().toMillis());
                continue;
            }
            int acked = publisher.publish(rows);
            if (acked > 0) {
                markPublished(c, rows.subList(0, acked));
                published.addAndGet(acked);
            }
            if (acked < rows.size()) {
                // The rest stays unpublished and goes again, in order, with a fresh producer.
                Throwable why = publisher.lastFailure();
                throw new IllegalStateException("Kafka n'a pas acquitté " + (rows.size() - acked)
                        + " événement(s) à partir du n° " + rows.get(acked).seq() + " : "
                        + (why == null ? "raison inconnue" : why.toString()));
            }
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, VerrouConsultatif.RELAIS_OUTBOX.classe());
            ps.setInt(2, VerrouConsultatif.RELAIS_OUTBOX.objet());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> readBatch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select seq, event_id, topic, aggregate_id, event_type, subject, payload, traceparent, created_at
                from ptce_outbox where published_at is null order by seq limit ?""")) {
            ps.setInt(1, settings.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant()));
                }
                return rows;
            }
        }
    }

    private void markPublished(Connection c, List<OutboxRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update ptce_outbox set published_at = ? where seq = any(?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setArray(2, c.createArrayOf("bigint", rows.stream().map(OutboxRow::seq).toArray()));
            ps.executeUpdate();
        }
    }

    private void purgeIfDue(Connection c) throws SQLException {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(settings.purgeInterval());
        try (PreparedStatement ps = c.prepareStatement(
                "delete from ptce_outbox where published_at is not null and published_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(settings.retention())));
            int purged = ps.executeUpdate();
            if (purged > 0) {
                LOG.infof("Outbox : %d événement(s) publiés purgés", purged);
            }
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
