package fr.gouv.ptce.events;

import fr.gouv.ptce.commons.events.EventType;
import fr.gouv.ptce.commons.events.EventTypeSource;

import java.util.List;

/** Makes the facts of this catalogue known to the outbox and the inbox (java.util.ServiceLoader). */
public final class CatalogueFaits implements EventTypeSource {

    @Override
    public List<EventType> eventTypes() {
        return List.of(Fait.values());
    }
}
