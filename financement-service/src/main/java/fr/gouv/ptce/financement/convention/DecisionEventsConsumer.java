package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.LaureatPhase2Desiste;
import fr.gouv.ptce.events.LaureatPhase2Selectionne;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** Phase-2 selections create agreements; withdrawals cancel the ones not yet signed. */
@ApplicationScoped
public class DecisionEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    SelectionService selections;

    @Inject
    ConventionService conventions;

    private final EventRoutes routes = EventRoutes
            .when(LaureatPhase2Selectionne.class, (d, e) -> selections.creerConvention(d))
            .on(LaureatPhase2Desiste.class, (d, e) -> conventions.desister(d));

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> onDecision(Message<String> message) {
        return inbox.handle(message, routes);
    }
}
