package fr.gouv.ptce.commons.inbox;

/**
 * Applies one event, its data read into its record {@code T}, inside the transaction that also
 * records it as processed. {@code event} carries the CloudEvents attributes (id, subject, key…).
 */
@FunctionalInterface
public interface EventHandler<T> {
    void handle(T data, IncomingEvent event) throws Exception;
}
