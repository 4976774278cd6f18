package fr.gouv.ptce.commons.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A consumed CloudEvent: its attributes from the Kafka headers and its data as received. Handlers
 * get the data as their record; the JSON is here for what passes an event on as it came (a webhook).
 */
public record IncomingEvent(String id, String type, String fact, String source, String subject, Instant time,
                            String key, String traceparent, JsonNode data) {
}
