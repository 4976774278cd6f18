package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.config.FinancementSettings;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.domain.StatutRapport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The daily pass over signed agreements: instalments whose date has come, reports coming due.
 * One transaction per agreement (its row locked), so that one failure does not hold back the rest
 * and a concurrent approval or a second replica cannot emit the same fact twice.
 */
@ApplicationScoped
public class EcheancierJob {

    private static final Logger LOG = Logger.getLogger(EcheancierJob.class);
    static final String ACTEUR = "systeme:echeancier";

    @Inject
    ExamenEcheancier examen;

    @Inject
    FinancementSettings settings;

    @Scheduled(identity = "examen-echeancier", every = "${ptce.financement.examen-intervalle:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifie() {
        executer();
    }

    /** Examines every agreement with something due; returns how many were examined. Tests call it with a pinned clock. */
    public int executer() {
        LocalDate aujourdhui = examen.aujourdhui();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> aExaminer(aujourdhui));
        int faits = 0;
        for (UUID id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() ->
                        Convention.verrouiller(id).ifPresent(c -> examen.examiner(c, ACTEUR)));
                faits++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Examen de l'échéancier de la convention %s en échec : repris au prochain passage", id);
            }
        }
        return faits;
    }

    private List<UUID> aExaminer(LocalDate aujourdhui) {
        LocalDate horizonRapports = aujourdhui.plusDays(settings.rapportPreavis().toDays());
        return Convention.getEntityManager().createQuery("""
                        select c.id from Convention c where c.statut = :signee and (
                          exists (select 1 from Echeance e where e.conventionId = c.id and e.statut = :prevue
                                  and e.dateEcheance <= :aujourdhui)
                          or exists (select 1 from Rapport r where r.conventionId = c.id and r.statut = :attendu
                                  and r.attenduAnnonceLe is null and r.dateLimite <= :horizon))
                        order by c.id""", UUID.class)
                .setParameter("signee", StatutConvention.SIGNEE)
                .setParameter("prevue", StatutEcheance.PREVUE)
                .setParameter("attendu", StatutRapport.ATTENDU)
                .setParameter("aujourdhui", aujourdhui)
                .setParameter("horizon", horizonRapports)
                .getResultList();
    }
}
