package fr.gouv.ptce.evaluation.campagne;

import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.events.CampagnePubliee;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Keeps the campaigns this service scores and decides on (topic ptce.campagnes). */
@ApplicationScoped
public class CampagneEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    Clock clock;

    @Incoming("campagnes")
    @Blocking
    public CompletionStage<Void> onCampagne(Message<String> message) {
        return inbox.handle(message, EventRoutes.when(CampagnePubliee.class, (d, e) -> appliquer(d)));
    }

    void appliquer(CampagnePubliee d) {
        Campagne c = Campagne.<Campagne>findByIdOptional(d.campagneId()).orElseGet(Campagne::new);
        boolean nouvelle = c.id == null;
        c.id = d.campagneId();
        c.code = d.code();
        c.libelle = d.libelle();
        c.phase = Phase.valueOf(d.phase().name());
        c.ouverture = d.ouverture();
        c.cloture = d.cloture();
        c.maxLaureats = d.maxLaureats();
        c.montantParLaureatCentimes = d.montantParLaureatCentimes();
        c.enveloppeCentimes = d.enveloppeCentimes();
        c.dureeMois = d.dureeMois();
        c.grille = EventJson.write(d.grille());
        try {
            GrilleJson.lire(c.grille);
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("grille inutilisable : " + e.getMessage());
        }
        c.publieeLe = d.publieeLe();
        c.recueLe = clock.instant();
        if (nouvelle) {
            Campagne.persist(c);
        }
    }
}
