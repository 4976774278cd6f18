package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.financement.campagne.CampagneEventsConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Phase-2 selections create agreements; withdrawals cancel the ones not yet signed. */
@ApplicationScoped
public class DecisionEventsConsumer {

    static final String SELECTION = "laureat.phase2.selectionne";
    static final String DESISTEMENT = "laureat.phase2.desiste";

    @Inject
    EventInbox inbox;

    @Inject
    SelectionService selections;

    @Inject
    ConventionService conventions;

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> onDecision(Message<String> message) {
        return inbox.handle(message, CampagneEventsConsumer.CONSOMMATEUR, Set.of(SELECTION, DESISTEMENT), this::appliquer);
    }

    void appliquer(IncomingEvent e) {
        if (SELECTION.equals(e.fact())) {
            selections.creerConvention(e);
        } else {
            conventions.desister(e);
        }
    }
}
