package fr.gouv.ptce.commons.inbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The routes of every {@link Consommateur} of the service, merged once: what the service's one
 * channel does with each fact. Merged at start, so that a fact routed by two features stops the
 * service with the name of the fact rather than be handled by whichever came first.
 */
@ApplicationScoped
public class RoutesDuService {

    @Inject
    @Any
    Instance<Consommateur> consommateurs;

    private volatile EventRoutes routes;

    void verifierAuDemarrage(@Observes StartupEvent demarrage) {
        routes();
    }

    /** Every route of every feature; none when the service consumes nothing. */
    public EventRoutes routes() {
        EventRoutes r = routes;
        if (r == null) {
            synchronized (this) {
                if (routes == null) {
                    EventRoutes toutes = EventRoutes.none();
                    for (Consommateur c : consommateurs) {
                        toutes = toutes.avec(c.routes());
                    }
                    routes = toutes;
                }
                r = routes;
            }
        }
        return r;
    }
}
