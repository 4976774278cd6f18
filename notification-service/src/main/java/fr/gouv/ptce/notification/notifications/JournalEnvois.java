package fr.gouv.ptce.notification.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Records that an SMTP conversation starts, committed at once and on its own: the sender's
 * transaction, which holds the claim and records the outcome, is undone if the service dies, and
 * this record is what stays of an attempt whose outcome is unknown (see V7__envois_commences.sql).
 */
@ApplicationScoped
public class JournalEnvois {

    @Inject
    DataSource dataSource;

    /** Commits one row for {@code notification}, whatever becomes of the caller's transaction. */
    public void commencer(UUID notification, Instant le) {
        QuarkusTransaction.suspendingExisting().run(() -> inserer(notification, le));
    }

    private void inserer(UUID notification, Instant le) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into notification_envoi (notification_id, commence_le) values (?, ?)")) {
            ps.setObject(1, notification);
            ps.setTimestamp(2, Timestamp.from(le));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("journal des envois indisponible : " + e.getMessage(), e);
        }
    }
}
