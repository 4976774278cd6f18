package fr.gouv.ptce.commons.outbox;

import java.util.Objects;

/**
 * One outbox row to write: {@code fact} names the event in the catalogue ({@code candidature.deposee});
 * {@code aggregateId} becomes the Kafka key so that one file's events stay in order.
 */
record OutgoingEvent(String topic, String aggregateType, String aggregateId, String fact, String subject,
                            Object data) {

    OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(data, "data");
    }

    static OutgoingEvent of(String topic, String aggregateType, Object aggregateId, String fact, Object data) {
        String id = String.valueOf(aggregateId);
        return new OutgoingEvent(topic, aggregateType, id, fact, aggregateType + "/" + id, data);
    }
}
