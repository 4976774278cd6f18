package fr.gouv.ptce.commons.inbox;

/**
 * A feature that consumes events: the facts it handles and what it does with each. A service reads
 * all its topics on one channel ({@code evenements}, one Kafka consumer per replica) and hands each
 * message to {@link EventInbox#handle(org.eclipse.microprofile.reactive.messaging.Message)}, which
 * finds its handler among the routes of every {@code Consommateur} bean of the service
 * ({@link RoutesDuService}). A fact handled by two features is refused at start.
 */
public interface Consommateur {

    /** The facts this feature handles; read once, at start, by {@link RoutesDuService}. */
    EventRoutes routes();
}
