package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer as the services write it. Its effect is a row in essai_effet, written with plain JDBC
 * on the injected DataSource before any failure below: if that connection did not join the inbox's
 * transaction, a failed attempt would leave its row behind and the tests would see two effects.
 * The text of the event chooses the behaviour: "rejet…" is refused for good, "transitoire…" fails
 * on its first two attempts, "panne…" always fails, "reparable…" is refused until the test
 * puts its text in {@link #REPARES} (the cause fixed, for the replay of its dead letter).
 */
@ApplicationScoped
public class EssaiConsumer {

    public static final String CONSUMER = "commons-it";

    /** When (System.nanoTime) each text was applied: read by the benchmark. */
    public static final Map<String, Long> APPLIED_AT = new ConcurrentHashMap<>();
    /** Texts of "reparable…" events whose cause the test has fixed. */
    public static final Set<String> REPARES = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @Inject
    EventInbox inbox;

    @Inject
    DataSource dataSource;

    @Incoming("essai")
    @Blocking
    public CompletionStage<Void> onEssai(Message<String> message) {
        return inbox.handle(message, CONSUMER, EventRoutes.when(EssaiEcrit.class, this::apply));
    }

    void apply(EssaiEcrit essai, IncomingEvent event) throws SQLException {
        String texte = essai.texte();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into essai_effet (event_id, motif, cle, rang) values (?, ?, ?, ?)")) {
            ps.setString(1, event.id());
            ps.setString(2, texte);
            ps.setString(3, event.key());
            ps.setInt(4, essai.rang());
            ps.executeUpdate();
        }
        int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (texte.startsWith("rejet")) {
            throw new RejectedEventException("refus métier de l'essai " + texte);
        }
        if (texte.startsWith("transitoire") && attempt <= 2) {
            throw new IllegalStateException("panne passagère n° " + attempt);
        }
        if (texte.startsWith("reparable") && !REPARES.contains(texte)) {
            throw new RejectedEventException("cause non corrigée pour " + texte);
        }
        if (texte.startsWith("panne")) {
            throw new IllegalStateException("panne durable de l'essai " + texte);
        }
        APPLIED_AT.putIfAbsent(texte, System.nanoTime());
    }
}
