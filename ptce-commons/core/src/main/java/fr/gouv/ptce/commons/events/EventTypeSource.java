package fr.gouv.ptce.commons.events;

import java.util.List;

/**
 * Service-provider interface ({@link java.util.ServiceLoader}) through which a catalogue module on the
 * class path declares its event types, so that an incoming type can be matched with its record.
 */
public interface EventTypeSource {

    List<EventType> eventTypes();
}
