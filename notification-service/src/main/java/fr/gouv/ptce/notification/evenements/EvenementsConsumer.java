package fr.gouv.ptce.notification.evenements;

import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.Evenement;
import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.events.Topic;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Listens to every topic of the platform. Every fact is taken (partners may subscribe to any of
 * them); {@link TraitementEvenement} decides what each one causes: e-mails, reminder data,
 * webhook deliveries — all in the inbox transaction that records the event id.
 */
@ApplicationScoped
public class EvenementsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    TraitementEvenement traitement;

    private final EventRoutes campagnes = tous(Topic.CAMPAGNES.faits());
    /** The registrations to sessions (inscription.session.*) warrant no e-mail or reminder here. */
    private final EventRoutes candidatures = tous(List.of(Fait.CANDIDATURE_DEPOSEE, Fait.CANDIDATURE_REDEPOSEE,
            Fait.CANDIDATURE_RETIREE));
    private final EventRoutes instructions = tous(Topic.INSTRUCTIONS.faits());
    private final EventRoutes decisions = tous(Topic.DECISIONS.faits());
    private final EventRoutes financements = tous(Topic.FINANCEMENTS.faits());

    @Incoming("campagnes")
    @Blocking
    public CompletionStage<Void> campagnes(Message<String> message) {
        return inbox.handle(message, campagnes);
    }

    @Incoming("candidatures")
    @Blocking
    public CompletionStage<Void> candidatures(Message<String> message) {
        return inbox.handle(message, candidatures);
    }

    @Incoming("instructions")
    @Blocking
    public CompletionStage<Void> instructions(Message<String> message) {
        return inbox.handle(message, instructions);
    }

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> decisions(Message<String> message) {
        return inbox.handle(message, decisions);
    }

    @Incoming("financements")
    @Blocking
    public CompletionStage<Void> financements(Message<String> message) {
        return inbox.handle(message, financements);
    }

    private EventRoutes tous(List<Fait> faits) {
        return EventRoutes.none().onEach(Evenement.class, faits, (d, e) -> traitement.appliquer(d, e));
    }
}
