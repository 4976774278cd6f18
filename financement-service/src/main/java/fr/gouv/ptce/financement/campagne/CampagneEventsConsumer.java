package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.CampagnePubliee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code campagne.publiee} opens the envelope of a phase-2 campaign and keeps its schedule template. */
@ApplicationScoped
public class CampagneEventsConsumer implements Consommateur {

    @Inject
    EnveloppeService enveloppes;

    @Override
    public EventRoutes routes() {
        return EventRoutes.when(CampagnePubliee.class, (d, e) -> enveloppes.ouvrir(d));
    }
}
