package fr.gouv.ptce.commons.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The data of one event (a record), which knows its type: the outbox takes nothing else. */
public interface EventData {

    @JsonIgnore
    EventType eventType();
}
