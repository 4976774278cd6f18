package fr.gouv.ptce.evaluation.campagne;

import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.events.CampagnePubliee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/** Keeps the campaigns this service scores and decides on (topic ptce.campagnes). */
@ApplicationScoped
public class CampagneEventsConsumer implements Consommateur {

    @Inject
    Clock clock;

    @Override
    public EventRoutes routes() {
        return EventRoutes.when(CampagnePubliee.class, (d, e) -> appliquer(d));
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
        c.grille = EventJson.write(d.grille() == null ? List.of() : d.grille());
        if (GrilleJson.vide(c.grille)) {
            // Phase 1 without a grid: decided by the committee on the instruction alone (API.md leaves
            // the grid optional there). Phase 2 ranks its files by score: candidature-service refuses to
            // publish one without a grid, so such an event is a bug upstream.
            if (c.phase == Phase.PHASE_2) {
                throw new RejectedEventException("campagne de phase 2 sans grille de notation : ses dossiers ne peuvent être classés");
            }
        } else {
            try {
                GrilleJson.lire(c.grille);
            } catch (IllegalArgumentException e) {
                throw new RejectedEventException("grille inutilisable : " + e.getMessage());
            }
        }
        c.publieeLe = d.publieeLe();
        c.recueLe = clock.instant();
        if (nouvelle) {
            Campagne.persist(c);
        }
    }
}
