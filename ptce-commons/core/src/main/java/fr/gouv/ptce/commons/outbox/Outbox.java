package fr.gouv.ptce.commons.outbox;

import fr.gouv.ptce.commons.verrous.VerrouConsultatif;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.events.EventData;
import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Writes an event in the caller's transaction, next to the state change it announces: both commit
 * or neither does (no dual write). The relay publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "ptce_outbox";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Publishes {@code data} keyed by {@code aggregateId} (one aggregate's events stay in order): its
     * fact, topic and aggregate type are those of its {@link EventType}. Returns the CloudEvents id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Object aggregateId, EventData data) {
        EventType type = data.eventType();
        return write(OutgoingEvent.of(type.topic(), type.aggregateType(), aggregateId, type.fact(), data),
                EventJson.toTree(data));
    }

    private UUID write(OutgoingEvent event, JsonNode data) {
        List<String> problems = EventCatalogue.problems(event.fact(), data);
        if (!problems.isEmpty()) {
            // A producer bug, not a user error: refuse to emit what consumers would reject.
            throw new IllegalStateException("Événement " + event.fact() + " non conforme au catalogue : " + problems);
        }
        UUID id = UUID.randomUUID();
        // Inside a JTA transaction Agroal hands out the connection enlisted in it (the one Hibernate
        // uses too); closing it here only returns the handle, the commit or rollback is the caller's.
        try (Connection c = dataSource.getConnection()) {
            // Serialise the writers of one Kafka key (the aggregate id) until they commit, so that for
            // that key sequence order is commit order, which is the order the relay publishes in.
            // The one-bigint key space does not overlap the relay's two-int leadership lock.
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(" + VerrouConsultatif.OUTBOX_AGREGAT.sql() + ")")) {
                lock.setString(1, VerrouConsultatif.OUTBOX_AGREGAT.texte(event.aggregateId()));
                lock.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into ptce_outbox (event_id, topic, aggregate_type, aggregate_id, event_type, subject,
                                             payload, traceparent, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, id);
                ps.setString(2, event.topic());
                ps.setString(3, event.aggregateType());
                ps.setString(4, event.aggregateId());
                ps.setString(5, event.fact());
                ps.setString(6, event.subject());
                ps.setString(7, EventJson.write(data));
                ps.setString(8, TraceContext.current());
                ps.setTimestamp(9, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            try (PreparedStatement notify = c.prepareStatement("select pg_notify('" + CHANNEL + "', '')")) {
                notify.execute(); // delivered at commit only, so the relay never wakes for a rollback
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Écriture dans l'outbox impossible", e);
        }
        return id;
    }
}
