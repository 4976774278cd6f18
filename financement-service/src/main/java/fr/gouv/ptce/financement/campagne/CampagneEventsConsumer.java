package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.CampagnePubliee;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** {@code campagne.publiee} opens the envelope of a phase-2 campaign and keeps its schedule template. */
@ApplicationScoped
public class CampagneEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    EnveloppeService enveloppes;

    @Incoming("campagnes")
    @Blocking
    public CompletionStage<Void> onCampagne(Message<String> message) {
        return inbox.handle(message, EventRoutes.when(CampagnePubliee.class, (d, e) -> enveloppes.ouvrir(d)));
    }
}
