package fr.gouv.ptce.commons.events;

/**
 * A kind of event, as a catalogue module declares it (an enum constant there): its fact name in the
 * catalogue ({@code <aggregate>.<fact>}), the topic it is published on, the aggregate whose id keys it
 * on Kafka, and the record its data is read into. This module knows none: it only carries them.
 */
public interface EventType {

    String fact();

    String topic();

    String aggregateType();

    Class<? extends EventData> dataType();

    default String cloudEventType() {
        return EventTypes.cloudEventType(fact());
    }
}
