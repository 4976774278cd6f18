package fr.gouv.ptce.commons.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** A consumed CloudEvent: its attributes from the Kafka headers, its data parsed as JSON. */
public record IncomingEvent(String id, String type, String fact, String source, String subject, Instant time,
                            String key, String traceparent, JsonNode data) {

    public String text(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
