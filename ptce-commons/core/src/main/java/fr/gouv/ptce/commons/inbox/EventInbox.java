package fr.gouv.ptce.commons.inbox;

import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.outbox.TraceContext;
import fr.gouv.ptce.commons.valeurs.Reessai;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The idempotent consumer. For each message: read the CloudEvent, validate it against the
 * catalogue, read its data into the record of its type, then in one transaction record its id for this consumer and apply the handler. A
 * redelivered event finds its id already recorded and is acknowledged without effect. Failures are
 * retried a bounded number of times; then, or at once for a rejected event, the message is nacked
 * and the connector's dead-letter strategy moves it aside with the reason, so the stream goes on.
 * While this service's own database is unreachable nothing is counted nor dead-lettered: it waits.
 * A dead-lettered message is also kept in this service's database ({@link LettresMortes}), from
 * where an administrator replays it ({@link Rejeux}) through this same method.
 * Call it from a {@code @Blocking} {@code @Incoming} method: handlers use JDBC/Hibernate.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    @Inject
    Tracer tracer;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    InboxSettings settings;

    @Inject
    MeterRegistry registry;

    @Inject
    LettresMortes lettres;

    @Inject
    RoutesDuService routesDuService;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /**
     * Handles {@code message} received on the service's one channel: routed by its fact to the
     * feature that handles it ({@link RoutesDuService}); the consumer name recorded with each
     * processed event is the application's name ({@code quarkus.application.name}).
     */
    public CompletionStage<Void> handle(Message<?> message) {
        return handle(message, application, routesDuService.routes());
    }

    /**
     * Handles {@code message} for {@code consumer} if {@code routes} has a handler for its type, its
     * data read into that handler's record; other facts of the topic are acknowledged and ignored
     * (recorded nowhere: they have no effect here).
     */
    public CompletionStage<Void> handle(Message<?> message, String consumer, EventRoutes routes) {
        if (Context.isOnEventLoopThread()) {
            // Handlers block (JDBC, Hibernate): never on the event loop. The channel waits for the
            // returned stage before the next message, so the order of the topic is kept.
            return CompletableFuture.supplyAsync(() -> handleBlocking(message, consumer, routes),
                    Infrastructure.getDefaultWorkerPool()).thenCompose(stage -> stage);
        }
        return handleBlocking(message, consumer, routes);
    }

    private CompletionStage<Void> handleBlocking(Message<?> message, String consumer, EventRoutes routes) {
        IncomingEvent event;
        EventRoutes.Route<?> route;
        Object data;
        try {
            event = CloudEventReader.read(message);
            Optional<EventRoutes.Route<?>> found = routes.route(event.fact());
            if (found.isEmpty()) {
                // A replayed letter whose fact this consumer no longer handles: nothing left to do.
                Optional<Rejeu> rejeu = message.getMetadata(Rejeu.class);
                if (rejeu.isPresent()) {
                    QuarkusTransaction.requiringNew().call(() -> lettres.reserver(rejeu.get().lettre())
                            && marquer(rejeu.get()));
                }
                return message.ack();
            }
            route = found.get();
            if (!EventCatalogue.knows(event.fact())) {
                throw new RejectedEventException("type " + event.type() + " absent du catalogue des événements");
            }
            List<String> problems = EventCatalogue.problems(event.fact(), event.data());
            if (!problems.isEmpty()) {
                throw new RejectedEventException("non conforme au schéma " + event.fact() + " : " + problems);
            }
            try {
                data = EventJson.read(event.data(), route.dataType());
            } catch (IllegalArgumentException e) {
                throw new RejectedEventException("données illisibles en " + route.dataType().getSimpleName() + " : "
                        + e.getMessage());
            }
        } catch (RejectedEventException e) {
            return reject(message, consumer, e, 1);
        } catch (RuntimeException e) {
            // Whatever else goes wrong before the handler is about this message, not about the
            // consumer: set it aside with the reason rather than let it stop the channel.
            return reject(message, consumer, new RejectedEventException("message illisible : " + e), 1);
        }
        IncomingEvent received = event;
        EventRoutes.Route<?> chosen = route;
        Object typed = data;
        return process(message, consumer, received, () -> apply(chosen, typed, received));
    }

    @SuppressWarnings("unchecked")
    private static <T extends fr.gouv.ptce.commons.events.EventData> void apply(EventRoutes.Route<T> route,
                                                                                  Object data, IncomingEvent event)
            throws Exception {
        route.handler().handle((T) data, event);
    }

    /** The handler bound to its data: what one attempt runs inside the transaction. */
    @FunctionalInterface
    private interface Application {
        void run() throws Exception;
    }

    private CompletionStage<Void> process(Message<?> message, String consumer, IncomingEvent event,
                                          Application handler) {
        // Plafond: the doubling of the last retry; jitter keeps replicas that failed together apart.
        Reessai reessai = new Reessai(settings.maxAttempts(), settings.initialBackoff(),
                settings.initialBackoff().multipliedBy(1L << Math.min(settings.maxAttempts(), 20)));
        Optional<Rejeu> rejeu = message.getMetadata(Rejeu.class);
        for (int attempt = 1; ; attempt++) {
            // One span per attempt, child of the producer's: what the handler writes to the outbox
            // carries this trace on to the next service.
            Span span = consumerSpan(consumer, event, attempt);
            Scope scope = span.makeCurrent();
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    // A replay locks its letter first: a concurrent replay waits, then finds it done.
                    if (rejeu.isPresent() && !lettres.reserver(rejeu.get().lettre())) {
                        return false;
                    }
                    boolean first = recordFirstDelivery(consumer, event);
                    if (first) {
                        handler.run();
                    }
                    if (rejeu.isPresent()) {
                        marquer(rejeu.get());
                    }
                    return first;
                });
                registry.counter("ptce_events_consumed", "consumer", consumer, "type", event.fact(),
                        "result", applied ? "applied" : "duplicate").increment();
                return message.ack();
            } catch (RejectedEventException e) {
                return reject(message, consumer, e, attempt);
            } catch (Exception e) {
                Throwable cause = unwrap(e);
                span.setStatus(StatusCode.ERROR, reason(cause));
                if (cause instanceof RejectedEventException rejected) {
                    return reject(message, consumer, rejected, attempt);
                }
                if (!databaseReachable()) {
                    // Our own database is down: the event is not at fault. Wait, keep the partition's
                    // order, and do not count the attempt (dead-lettering here would lose the effect).
                    LOG.warnf("Base de données injoignable : l'événement %s (%s) attend son retour", event.id(),
                            event.fact());
                    registry.counter("ptce_events_waiting_for_database", "consumer", consumer).increment();
                    sleep(settings.databaseOutagePause());
                    attempt--;
                    continue;
                }
                if (!reessai.encore(attempt)) {
                    LOG.errorf(cause, "Événement %s (%s) en échec après %d tentatives : lettre morte",
                            event.id(), event.fact(), attempt);
                    String raison = "échec après " + attempt + " tentatives : " + reason(cause);
                    deadLetter(message, consumer, raison, attempt);
                    return message.nack(new IllegalStateException(raison, cause));
                }
                LOG.warnf("Événement %s (%s), tentative %d en échec : %s", event.id(), event.fact(), attempt,
                        reason(cause));
                sleep(reessai.delai(attempt));
            } finally {
                scope.close();
                span.end();
            }
        }
    }

    private Span consumerSpan(String consumer, IncomingEvent event, int attempt) {
        return tracer.spanBuilder(event.fact() + " process")
                .setParent(TraceContext.parent(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", String.valueOf(event.id()))
                .setAttribute("messaging.attempt", attempt)
                .startSpan();
    }

    private boolean databaseReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private CompletionStage<Void> reject(Message<?> message, String consumer, RejectedEventException e, int attempts) {
        LOG.warnf("Événement rejeté par %s : %s", consumer, e.getMessage());
        deadLetter(message, consumer, e.getMessage(), attempts);
        return message.nack(e);
    }

    /**
     * Keeps the message in this service's dead letters (or, for a replay, adds the failure to its
     * letter) before it is nacked. Waits while the database is down, as the handler does: a letter
     * must not be lost for an outage.
     */
    private void deadLetter(Message<?> message, String consumer, String reason, int attempts) {
        Optional<Rejeu> rejeu = message.getMetadata(Rejeu.class);
        while (true) {
            try {
                if (rejeu.isPresent()) {
                    lettres.noterEchec(rejeu.get(), reason, attempts);
                } else {
                    lettres.enregistrer(consumer, message, reason, attempts);
                }
                return;
            } catch (RuntimeException e) {
                if (databaseReachable()) {
                    LOG.errorf(e, "Lettre morte de %s non enregistrée en base (elle reste sur le topic de lettres mortes)",
                            consumer);
                    return;
                }
                LOG.warnf("Base de données injoignable : la lettre morte de %s attend son retour", consumer);
                sleep(settings.databaseOutagePause());
            }
        }
    }

    private boolean marquer(Rejeu rejeu) throws SQLException {
        lettres.marquerRejouee(rejeu);
        return true;
    }

    /** Inserts (consumer, event id); false when it was already there, i.e. a redelivery. */
    private boolean recordFirstDelivery(String consumer, IncomingEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into ptce_processed_event (consumer, event_id, event_type, processed_at)
                     values (?, ?, ?, ?) on conflict do nothing""")) {
            ps.setString(1, consumer);
            ps.setString(2, event.id());
            ps.setString(3, event.fact());
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        }
    }

    private static String reason(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The transaction wrapper hides the handler's exception; a rejection must still be seen as one. */
    private static Throwable unwrap(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RejectedEventException) {
                return t;
            }
        }
        return e instanceof io.quarkus.narayana.jta.QuarkusTransactionException && e.getCause() != null
                ? e.getCause() : e;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
