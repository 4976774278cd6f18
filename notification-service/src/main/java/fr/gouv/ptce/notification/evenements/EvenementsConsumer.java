package fr.gouv.ptce.notification.evenements;

import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.Evenement;
import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.events.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Listens to every topic of the platform. Every fact is taken (partners may subscribe to any of
 * them); {@link TraitementEvenement} decides what each one causes: e-mails, reminder data,
 * webhook deliveries — all in the inbox transaction that records the event id.
 */
@ApplicationScoped
public class EvenementsConsumer implements Consommateur {

    @Inject
    TraitementEvenement traitement;

    @Override
    public EventRoutes routes() {
        return tous(Topic.CAMPAGNES.faits())
                .avec(tous(Topic.CANDIDATURES.faits()))
                .avec(tous(Topic.INSTRUCTIONS.faits()))
                .avec(tous(Topic.DECISIONS.faits()))
                .avec(tous(Topic.FINANCEMENTS.faits()));
    }

    private EventRoutes tous(List<Fait> faits) {
        return EventRoutes.none().onEach(Evenement.class, faits, (d, e) -> traitement.appliquer(d, e));
    }
}
