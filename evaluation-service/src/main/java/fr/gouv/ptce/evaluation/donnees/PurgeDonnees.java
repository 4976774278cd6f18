package fr.gouv.ptce.evaluation.donnees;

import fr.gouv.ptce.commons.conservation.PassagePurge;
import fr.gouv.ptce.evaluation.config.EvaluationSettings;
import fr.gouv.ptce.evaluation.instruction.ConservationInstructions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled purge of evaluation-service (docs/DONNEES-PERSONNELLES.md): not-retained files
 * anonymised past their retention period. One replica at a time (the kit's {@link PassagePurge});
 * each run writes the ids it anonymised to the audit journal.
 */
@ApplicationScoped
public class PurgeDonnees {

    @Inject
    PassagePurge passage;

    @Inject
    ConservationInstructions instructions;

    @Inject
    EvaluationSettings settings;

    /** What one run anonymised; {@code passee}: another replica was purging. */
    public record Bilan(boolean passee, List<UUID> dossiersAnonymises) {
    }

    @Scheduled(identity = "purge-donnees-personnelles", every = "${ptce.evaluation.conservation.intervalle:6h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifiee() {
        PassagePurge.planifiee(settings.conservation().planifiee(), () -> {
            Bilan bilan = purger();
            return bilan.dossiersAnonymises().isEmpty() ? null
                    : "%d dossier(s) anonymisé(s)".formatted(bilan.dossiersAnonymises().size());
        });
    }

    @Transactional
    public Bilan purger() {
        if (!passage.prendreLaMain()) {
            return new Bilan(true, List.of());
        }
        EvaluationSettings.Conservation regles = settings.conservation();
        List<UUID> ids = instructions.nonRetenuesExpirees(passage.limite(regles.nonRetenues()), regles.lot());
        instructions.anonymiser(ids, passage.maintenant());
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("dossiersAnonymises", ids);
        trace.put("conservationNonRetenues", regles.nonRetenues().toString());
        passage.consigner("instruction", trace, ids.isEmpty());
        return new Bilan(false, ids);
    }
}
