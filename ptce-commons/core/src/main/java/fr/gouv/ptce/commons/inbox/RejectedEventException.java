package fr.gouv.ptce.commons.inbox;

/**
 * An event that retrying will never make acceptable (malformed, or refused by a business rule such
 * as an exceeded envelope): it goes straight to the dead-letter topic with this message as reason.
 */
public class RejectedEventException extends RuntimeException {
    public RejectedEventException(String reason) {
        super(reason);
    }
}
