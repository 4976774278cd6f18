package fr.gouv.ptce.candidature.donnees;

import fr.gouv.ptce.candidature.candidature.ConservationCandidatures;
import fr.gouv.ptce.candidature.config.CandidatureSettings;
import fr.gouv.ptce.commons.conservation.PassagePurge;
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
 * The scheduled purge of candidature-service (docs/DONNEES-PERSONNELLES.md): drafts never
 * submitted, then not-retained files to anonymise, past their retention periods. One replica purges
 * at a time (the kit's {@link PassagePurge}); each run writes what it purged to the audit journal.
 */
@ApplicationScoped
public class PurgeDonnees {

    @Inject
    PassagePurge passage;

    @Inject
    ConservationCandidatures candidatures;

    @Inject
    CandidatureSettings settings;

    @Scheduled(identity = "purge-donnees-personnelles", every = "${ptce.candidature.conservation.intervalle:6h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planifiee() {
        PassagePurge.planifiee(settings.conservation().planifiee(), () -> {
            BilanPurge bilan = purger();
            return bilan.vide() ? null : "%d brouillon(s) supprimé(s), %d candidature(s) anonymisée(s)".formatted(
                    bilan.brouillonsSupprimes().size(), bilan.candidaturesAnonymisees().size());
        });
    }

    /** One run, in one transaction; {@link BilanPurge#passee()} when another replica was purging. */
    @Transactional
    public BilanPurge purger() {
        if (!passage.prendreLaMain()) {
            return BilanPurge.PASSEE;
        }
        CandidatureSettings.Conservation regles = settings.conservation();
        Instant maintenant = passage.maintenant();
        List<UUID> brouillons = candidatures.brouillonsExpires(passage.limite(regles.brouillons()), regles.lot());
        int piecesBrouillons = candidatures.supprimer(brouillons);
        List<UUID> anonymisees = candidatures.nonRetenuesExpirees(passage.limite(regles.nonRetenues()), regles.lot());
        int piecesAnonymisees = candidatures.anonymiser(anonymisees, maintenant);
        BilanPurge bilan = new BilanPurge(false, brouillons, piecesBrouillons, anonymisees, piecesAnonymisees);
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("brouillonsSupprimes", brouillons);
        trace.put("piecesDesBrouillonsSupprimees", piecesBrouillons);
        trace.put("candidaturesAnonymisees", anonymisees);
        trace.put("piecesDesCandidaturesAnonymiseesSupprimees", piecesAnonymisees);
        trace.put("conservationBrouillons", regles.brouillons().toString());
        trace.put("conservationNonRetenues", regles.nonRetenues().toString());
        passage.consigner("candidature", trace, bilan.vide());
        return bilan;
    }
}
