package fr.gouv.ptce.commons.inbox;

/** Applies one event inside the transaction that also records it as processed. */
@FunctionalInterface
public interface EventHandler {
    void handle(IncomingEvent event) throws Exception;
}
