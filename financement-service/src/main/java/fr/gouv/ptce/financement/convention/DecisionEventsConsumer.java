package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.LaureatPhase2Desiste;
import fr.gouv.ptce.events.LaureatPhase2Selectionne;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Phase-2 selections create agreements; withdrawals cancel the ones not yet signed. */
@ApplicationScoped
public class DecisionEventsConsumer implements Consommateur {

    @Inject
    SelectionService selections;

    @Inject
    ConventionService conventions;

    private final EventRoutes routes = EventRoutes
            .when(LaureatPhase2Selectionne.class, (d, e) -> selections.creerConvention(d))
            .on(LaureatPhase2Desiste.class, (d, e) -> conventions.desister(d));

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
