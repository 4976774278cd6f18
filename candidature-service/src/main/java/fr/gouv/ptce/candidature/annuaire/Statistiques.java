package fr.gouv.ptce.candidature.annuaire;

import java.util.Map;

/**
 * Figures for one edition (year of the call) and région: applications received per status (drafts
 * are not received) and PTCE of the directory per phase reached.
 */
public record Statistiques(Integer edition, String region, Map<String, Long> candidaturesParStatut,
                           Map<String, Long> laureatsParPhase) {
}
