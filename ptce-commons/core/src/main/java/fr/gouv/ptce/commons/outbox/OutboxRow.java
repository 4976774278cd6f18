package fr.gouv.ptce.commons.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unpublished outbox row, as the relay reads it. */
record OutboxRow(long seq, UUID eventId, String topic, String aggregateId, String eventType, String subject,
                 String payload, String traceparent, Instant createdAt) {
}
