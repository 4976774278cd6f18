package fr.gouv.ptce.events;

import fr.gouv.ptce.commons.events.EventData;

/** The data of one fact of this catalogue: a record that knows its {@link Fait}. */
public interface Evenement extends EventData {

    @Override
    Fait eventType();
}
