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

    /**
     * Set when the process stops. No tick starts after that (the {@code ApplicationNotRunning}
     * predicate); this flag tells the tick already under way that what fails is the stop.
     */
    private volatile boolean arret;

    void arreter(@Observes ShutdownEvent e) {
        arret = true;
    }

    @Scheduled(identity = "ds-synchronisation", every = "${ptce.candidature.demarches.intervalle:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void synchroniser() {
        if (settings.synchronisationPlanifiee()) {
            saufArret(this::synchroniserLesCampagnes);
        }
    }

    private void synchroniserLesCampagnes() {
        for (UUID campagne : service.campagnesConfigurees()) {
            try {
                synchroniseur.synchroniser(campagne, "planificateur");
            } catch (ProblemException e) {
                LOG.infof("synchronisation DS de la campagne %s non lancée : %s", campagne, e.problem().detail());
            } catch (RuntimeException e) {
                if (arret) {
                    throw e;
                }
                LOG.errorf(e, "synchronisation DS de la campagne %s en échec", campagne);
            }
        }
    }

    @Scheduled(identity = "ds-ecritures", every = "${ptce.candidature.demarches.intervalle-ecriture:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void ecrire() {
        if (settings.synchronisationPlanifiee()) {
            saufArret(envoi::envoyer);
        }
    }

    /**
     * Runs a tick; one that was under way when the process began to stop meets a closed database
     * session: that is the stop, not a failure, and the next start does the work again.
     */
    private void saufArret(Runnable tache) {
        try {
            tache.run();
        } catch (RuntimeException e) {
            if (!arret) {
                throw e;
            }
            LOG.debugf("tâche DS interrompue par l'arrêt du service : %s", e.getMessage());
        }
    }
}
