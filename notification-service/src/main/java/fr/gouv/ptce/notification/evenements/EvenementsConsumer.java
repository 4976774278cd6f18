package fr.gouv.ptce.notification.evenements;

import fr.gouv.ptce.commons.inbox.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Listens to every topic of the platform. Every fact is taken (partners may subscribe to any of
 * them); {@link TraitementEvenement} decides what each one causes: e-mails, reminder data,
 * webhook deliveries — all in the inbox transaction that records the event id.
 */
@ApplicationScoped
public class EvenementsConsumer {

    public static final String CONSOMMATEUR = "notification-service";

    static final Set<String> CAMPAGNES = Set.of("campagne.publiee");
    static final Set<String> CANDIDATURES = Set.of("candidature.deposee", "candidature.redeposee",
            "candidature.retiree");
    static final Set<String> INSTRUCTIONS = Set.of("instruction.demarree", "corrections.demandees",
            "candidature.irrecevable", "candidature.recevable");
    static final Set<String> DECISIONS = Set.of("decision.rendue", "laureat.phase1.designe",
            "laureat.phase2.selectionne", "laureat.phase2.desiste");
    static final Set<String> FINANCEMENTS = Set.of("convention.creee", "convention.signee", "echeance.exigible",
            "echeance.payee", "rapport.attendu", "rapport.approuve", "convention.resiliee", "reversement.demande");

    @Inject
    EventInbox inbox;

    @Inject
    TraitementEvenement traitement;

    @Incoming("campagnes")
    @Blocking
    public CompletionStage<Void> campagnes(Message<String> message) {
        return inbox.handle(message, CONSOMMATEUR, CAMPAGNES, traitement::appliquer);
    }

    @Incoming("candidatures")
    @Blocking
    public CompletionStage<Void> candidatures(Message<String> message) {
        return inbox.handle(message, CONSOMMATEUR, CANDIDATURES, traitement::appliquer);
    }

    @Incoming("instructions")
    @Blocking
    public CompletionStage<Void> instructions(Message<String> message) {
        return inbox.handle(message, CONSOMMATEUR, INSTRUCTIONS, traitement::appliquer);
    }

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> decisions(Message<String> message) {
        return inbox.handle(message, CONSOMMATEUR, DECISIONS, traitement::appliquer);
    }

    @Incoming("financements")
    @Blocking
    public CompletionStage<Void> financements(Message<String> message) {
        return inbox.handle(message, CONSOMMATEUR, FINANCEMENTS, traitement::appliquer);
    }
}
