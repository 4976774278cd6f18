package fr.gouv.ptce.commons.inbox;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The routes of every {@link Consommateur} of the service, merged once: what the service's one
 * channel does with each fact. Created at start ({@code @Startup}), so that a fact routed by two
 * features stops the service with the name of the fact rather than be handled by whichever came first.
 */
@Startup
@ApplicationScoped
public class RoutesDuService {

    @Inject
    @Any
    Instance<Consommateur> consommateurs;

    private EventRoutes routes;

    @PostConstruct
    void reunir() {
        EventRoutes toutes = EventRoutes.none();
        for (Consommateur c : consommateurs) {
            toutes = toutes.avec(c.routes());
        }
        routes = toutes;
    }

    /** Every route of every feature; none when the service consumes nothing. */
    public EventRoutes routes() {
        return routes;
    }
}
