package fr.gouv.ptce.commons.limites;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The platform's one rate limiter: token buckets kept in the service's PostgreSQL database, so that
 * every replica draws from the same bucket (a client's writes, a peer's request quota). A take is a
 * single upsert on the key's row — the row lock orders concurrent takes, the database's clock times
 * the refill (one clock for all replicas, real time: never the business Clock, which tests move).
 * Its own short transaction, whatever the caller's: a count must not wait for, nor roll back with,
 * the work it lets through. The caller's JTA transaction, if any, is suspended and the upsert runs
 * alone on an autocommit connection: one statement is its own transaction in PostgreSQL, so a JTA
 * transaction of its own would only add Narayana's begin and a COMMIT round trip to every write the
 * platform takes (benchmarks/README.md, "Cut: a write's count is one autocommit statement").
 */
@ApplicationScoped
public class LimiteurDebit {

    // Refill as of now, capped at the capacity; a row is only written when a whole token is there.
    private static final String RESTANT = "least(?, l.jetons + extract(epoch from clock_timestamp() - l.maj) * ?)";
    private static final String PRENDRE = "insert into limite_debit as l (cle, jetons, maj) values (?, ?, clock_timestamp()) "
            + "on conflict (cle) do update set jetons = " + RESTANT + " - 1, maj = clock_timestamp() "
            + "where " + RESTANT + " >= 1 returning jetons";
    private static final String ATTENTE = "select (1 - " + RESTANT + ") / ? from limite_debit l where cle = ?";
    private static final String OUBLIER = "delete from limite_debit where maj < clock_timestamp() - interval '"
            + Debit.REMPLISSAGE_MAX.toSeconds() + " seconds'";

    private final DataSource base;

    @Inject
    public LimiteurDebit(DataSource base) {
        this.base = base;
    }

    /** Zero when a token of {@code cle} was taken; otherwise how long until the next one. */
    public Duration prendre(String cle, Debit debit) {
        return QuarkusTransaction.suspendingExisting().call(() -> compter(cle, debit));
    }

    private Duration compter(String cle, Debit debit) {
        try (Connection c = base.getConnection()) {
            if (ThreadLocalRandom.current().nextInt(1000) == 0) {
                oublierLesSeauxPleins(c);
            }
            try (PreparedStatement ps = c.prepareStatement(PRENDRE)) {
                ps.setString(1, cle);
                ps.setDouble(2, debit.capacite() - 1);
                ps.setInt(3, debit.capacite());
                ps.setDouble(4, debit.parSeconde());
                ps.setInt(5, debit.capacite());
                ps.setDouble(6, debit.parSeconde());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Duration.ZERO;
                    }
                }
            }
            return attente(c, cle, debit);
        } catch (SQLException e) {
            throw new IllegalStateException("limiteur de débit indisponible : " + e.getMessage(), e);
        }
    }

    private static Duration attente(Connection c, String cle, Debit debit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ATTENTE)) {
            ps.setInt(1, debit.capacite());
            ps.setDouble(2, debit.parSeconde());
            ps.setDouble(3, debit.parSeconde());
            ps.setString(4, cle);
            try (ResultSet rs = ps.executeQuery()) {
                double secondes = rs.next() ? rs.getDouble(1) : 0;
                return Duration.ofMillis(Math.max(1, (long) Math.ceil(secondes * 1000)));
            }
        }
    }

    /** A row untouched for longer than any bucket takes to refill is a full bucket: the same as no row. */
    private static void oublierLesSeauxPleins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OUBLIER)) {
            ps.executeUpdate();
        }
    }
}
