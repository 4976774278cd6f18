package fr.gouv.ptce.evaluation.financement;

import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.events.ConventionCreee;
import fr.gouv.ptce.events.ConventionResiliee;
import fr.gouv.ptce.events.ConventionSignee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * Follows the lauréats' agreements from financement-service's facts (topic ptce.financements), so
 * that a promotion after a withdrawal is decided on what the envelope really holds without calling
 * financement-service. The facts of one agreement share its key, so they arrive in order; the inbox
 * makes a redelivery harmless, and a status never goes back.
 */
@ApplicationScoped
public class FinancementEventsConsumer implements Consommateur {

    @Inject
    Clock clock;

    private final EventRoutes routes = EventRoutes
            .when(ConventionCreee.class, (d, e) -> creee(d))
            .on(ConventionSignee.class, (d, e) -> signee(d))
            .on(ConventionResiliee.class, (d, e) -> resiliee(d));

    @Override
    public EventRoutes routes() {
        return routes;
    }

    void creee(ConventionCreee d) {
        suivie(d.candidatureId(), d.campagneId(), d.conventionId(), d.montantCentimes());
    }

    void signee(ConventionSignee d) {
        ConventionSuivie s = suivie(d.candidatureId(), d.campagneId(), d.conventionId(), null);
        if (ConventionSuivie.A_SIGNER.equals(s.statut)) {
            s.statut = ConventionSuivie.SIGNEE;
            s.majLe = clock.instant();
        }
    }

    void resiliee(ConventionResiliee d) {
        ConventionSuivie s = suivie(d.candidatureId(), d.campagneId(), d.conventionId(), null);
        if (!ConventionSuivie.RESILIEE.equals(s.statut)) {
            s.statut = ConventionSuivie.RESILIEE;
            // an agreement created before this mirror existed: what was kept is what was not released
            s.montantCentimes = Math.max(s.montantCentimes, d.montantLibereCentimes());
            s.libereCentimes = d.montantLibereCentimes();
            s.majLe = clock.instant();
        }
    }

    /** The mirror row, created as A_SIGNER when the agreement's creation was not seen (older agreements). */
    private ConventionSuivie suivie(UUID candidatureId, UUID campagneId, UUID conventionId, Long montantCentimes) {
        ConventionSuivie s = ConventionSuivie.findById(candidatureId);
        if (s == null) {
            s = new ConventionSuivie();
            s.candidatureId = candidatureId;
            s.campagneId = campagneId;
            s.conventionId = conventionId;
            s.statut = ConventionSuivie.A_SIGNER;
            s.montantCentimes = montantCentimes == null ? 0 : montantCentimes;
            s.majLe = clock.instant();
            s.persist();
        }
        return s;
    }
}
