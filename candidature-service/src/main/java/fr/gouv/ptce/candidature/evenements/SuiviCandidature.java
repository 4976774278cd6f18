package fr.gouv.ptce.candidature.evenements;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.candidature.Historique;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Moves a file as the other services report what they did. Two kinds of surprise, two answers:
 * <ul>
 * <li>an unknown candidature: every file is born here, so this is a broken reference that no retry
 * will fix — {@link RejectedEventException}, the event goes to the dead-letter topic with the reason;</li>
 * <li>a file in a status where the event does not apply (a withdrawal crossed the instructeur's
 * action, a stale redelivery, an instruction started twice): a normal race between services, logged
 * and counted, the file is left as it is and the stream goes on.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class SuiviCandidature {

    private static final Logger LOG = Logger.getLogger(SuiviCandidature.class);

    @Inject
    Historique historique;

    @Inject
    MeterRegistry registry;

    /** Applies {@code transition} to the file and records who, when and why; false if ignored. */
    public boolean changer(Fait fait, UUID id, UnaryOperator<StatutCandidature> transition, String acteur,
                           Instant instant, String motif) {
        Candidature c = charger(fait, id);
        StatutCandidature ancien = c.statut;
        StatutCandidature nouveau;
        try {
            nouveau = transition.apply(ancien);
        } catch (TransitionInterditeException e) {
            LOG.warnf("Événement %s ignoré pour la candidature %s : %s", fait.fact(), id, e.getMessage());
            registry.counter("ptce_candidature_evenements_ignores", "type", fait.fact()).increment();
            return false;
        }
        c.statut = nouveau;
        c.modifieeLe = instant;
        historique.noter(c, ancien, nouveau, acteur, instant, motif);
        return true;
    }

    /** An event that leaves the status as it is but belongs in the history (e.g. declared admissible). */
    public void noter(Fait fait, UUID id, String acteur, Instant instant, String motif) {
        Candidature c = charger(fait, id);
        historique.noter(c, c.statut, c.statut, acteur, instant, motif);
    }

    private Candidature charger(Fait fait, UUID id) {
        Candidature c = Candidature.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new RejectedEventException("candidature " + id + " inconnue de candidature-service (événement " + fait.fact() + ")");
        }
        return c;
    }
}
