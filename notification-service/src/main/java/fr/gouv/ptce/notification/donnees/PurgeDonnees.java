package fr.gouv.ptce.notification.donnees;

import fr.gouv.ptce.commons.conservation.PassagePurge;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.notifications.ConservationCourriels;
import fr.gouv.ptce.notification.webhooks.ConservationLivraisons;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled purge of notification-service (docs/DONNEES-PERSONNELLES.md): e-mail bodies and
 * webhook delivery bodies past their retention period. One replica at a time (the kit's
 * {@link PassagePurge}); each run writes the ids it purged to the audit journal.
 */
@ApplicationScoped
public class PurgeDonnees {

    @Inject
    PassagePurge passage;

    @Inject
    ConservationCourriels courriels;

    @Inject
    ConservationLivraisons livraisons;

    @Inject
    NotificationSettings settings;

    /** What one run purged; {@code passee}: another replica was purging. */
    public record Bilan(boolean passee, List<UUID> courriels, List<UUID> livraisons) {
        public boolean vide() {
            return courriels.isEmpty() && livraisons.isEmpty();
        }
    }

    @Scheduled(identity = "purge-donnees-personnelles", every = "${ptce.notification.conservation.intervalle:6h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifiee() {
        PassagePurge.planifiee(settings.conservation().planifiee(), () -> {
            Bilan bilan = purger();
            return bilan.vide() ? null : "corps de %d courriel(s) et de %d livraison(s) effacés".formatted(
                    bilan.courriels().size(), bilan.livraisons().size());
        });
    }

    @Transactional
    public Bilan purger() {
        if (!passage.prendreLaMain()) {
            return new Bilan(true, List.of(), List.of());
        }
        NotificationSettings.Conservation regles = settings.conservation();
        Instant limite = passage.limite(regles.courriels());
        Bilan bilan = new Bilan(false, courriels.purgerCorps(limite, passage.maintenant(), regles.lot()),
                livraisons.purgerCorps(limite, regles.lot()));
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("courrielsSansCorps", bilan.courriels());
        trace.put("livraisonsSansCorps", bilan.livraisons());
        trace.put("conservationCourriels", regles.courriels().toString());
        passage.consigner("notification", trace, bilan.vide());
        return bilan;
    }
}
