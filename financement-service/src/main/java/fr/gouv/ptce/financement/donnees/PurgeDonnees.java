package fr.gouv.ptce.financement.donnees;

import fr.gouv.ptce.commons.conservation.PassagePurge;
import fr.gouv.ptce.financement.config.FinancementSettings;
import fr.gouv.ptce.financement.convention.ConservationConventions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled purge of financement-service (docs/DONNEES-PERSONNELLES.md): the contact and owner
 * of agreements ended longer ago than the accounting retention period (figures stay). One replica at a time (the kit's {@link PassagePurge});
 * each run writes the ids it anonymised to the audit journal.
 */
@ApplicationScoped
public class PurgeDonnees {

    @Inject
    PassagePurge passage;

    @Inject
    ConservationConventions conventions;

    @Inject
    FinancementSettings settings;

    /** What one run anonymised; {@code passee}: another replica was purging. */
    public record Bilan(boolean passee, List<UUID> conventionsAnonymisees) {
    }

    @Scheduled(identity = "purge-donnees-personnelles", every = "${ptce.financement.conservation.intervalle:24h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifiee() {
        PassagePurge.planifiee(settings.conservation().planifiee(), () -> {
            Bilan bilan = purger();
            return bilan.conventionsAnonymisees().isEmpty() ? null
                    : "contact et porteur de %d convention(s) terminée(s) effacés".formatted(bilan.conventionsAnonymisees().size());
        });
    }

    @Transactional
    public Bilan purger() {
        if (!passage.prendreLaMain()) {
            return new Bilan(true, List.of());
        }
        FinancementSettings.Conservation regles = settings.conservation();
        List<UUID> ids = conventions.termineesAvant(passage.limite(regles.comptable()), regles.lot());
        conventions.anonymiser(ids, passage.maintenant());
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("conventionsAnonymisees", ids);
        trace.put("conservationComptable", regles.comptable().toString());
        passage.consigner("convention", trace, ids.isEmpty());
        return new Bilan(false, ids);
    }
}
