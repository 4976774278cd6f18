package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.commons.problem.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The scheduled pull of every configured campaign and the write-back sender. Both stay idle when
 * {@code ptce.candidature.demarches.synchronisation-planifiee} is false (tests drive them).
 */
@ApplicationScoped
public class PlanificationDs {

    private static final Logger LOG = Logger.getLogger(PlanificationDs.class);

    @Inject
    DemarchesSettings settings;

    @Inject
    DemarchesService service;

    @Inject
    SynchroniseurDs synchroniseur;

    @Inject
    EnvoiEcrituresDs envoi;

    /** Set when the process stops: a tick firing then would only meet closed resources. */
    private volatile boolean arret;

    void arreter(@Observes ShutdownEvent e) {
        arret = true;
    }

    @Scheduled(identity = "ds-synchronisation", every = "${ptce.candidature.demarches.intervalle:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void synchroniser() {
        if (!settings.synchronisationPlanifiee() || arret) {
            return;
        }
        for (UUID campagne : service.campagnesConfigurees()) {
            try {
                synchroniseur.synchroniser(campagne, "planificateur");
            } catch (ProblemException e) {
                LOG.infof("synchronisation DS de la campagne %s non lancée : %s", campagne, e.problem().detail());
            } catch (RuntimeException e) {
                LOG.errorf(e, "synchronisation DS de la campagne %s en échec", campagne);
            }
        }
    }

    @Scheduled(identity = "ds-ecritures", every = "${ptce.candidature.demarches.intervalle-ecriture:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ecrire() {
        if (settings.synchronisationPlanifiee() && !arret) {
            envoi.envoyer();
        }
    }
}
