package fr.gouv.ptce.commons.inbox;

import fr.gouv.ptce.events.CampagnePubliee;
import fr.gouv.ptce.events.CandidatureDeposee;
import fr.gouv.ptce.events.CandidatureRetiree;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes of a service's features, merged for its one channel (RoutesDuService). */
class EventRoutesTest {

    private static final EventHandler<Object> RIEN = (d, e) -> { };

    @Test
    void lesRoutesDeDeuxConsommateursSontReunies() {
        EventRoutes campagnes = EventRoutes.when(CampagnePubliee.class, RIEN);
        EventRoutes candidatures = EventRoutes.when(CandidatureDeposee.class, RIEN).on(CandidatureRetiree.class, RIEN);

        EventRoutes service = campagnes.avec(candidatures);

        assertEquals(CampagnePubliee.class, service.route("campagne.publiee").orElseThrow().dataType());
        assertEquals(CandidatureDeposee.class, service.route("candidature.deposee").orElseThrow().dataType());
        assertEquals(CandidatureRetiree.class, service.route("candidature.retiree").orElseThrow().dataType());
        assertTrue(service.route("decision.rendue").isEmpty(), "un fait sans route est ignoré");
        assertTrue(campagnes.route("candidature.deposee").isEmpty(), "les routes d'origine ne changent pas");
    }

    @Test
    void unFaitTraiteParDeuxConsommateursEstRefuse() {
        EventRoutes un = EventRoutes.when(CandidatureDeposee.class, RIEN);
        EventRoutes autre = EventRoutes.when(CampagnePubliee.class, RIEN).on(CandidatureDeposee.class, RIEN);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> un.avec(autre));
        assertTrue(e.getMessage().contains("candidature.deposee"), e.getMessage());
    }
}
