package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.evaluation.domain.TypeDecision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class DecisionVues {

    private DecisionVues() {
    }

    public record DecisionRendue(UUID decisionId, UUID candidatureId, String numero, UUID campagneId,
                                 TypeDecision decision, String motivation, String decideur, Instant decideLe,
                                 Integer rang, boolean promotion) {
    }

    /** The files the closing moved from the waiting list to NON_RETENU (none when it was closed already). */
    public record SelectionClose(UUID campagneId, Instant closeLe, List<DecisionRendue> nonRetenus) {
    }

    public record DesistementEnregistre(UUID candidatureId, String numero, String statut, String motif,
                                        Instant desisteLe, DecisionRendue promu) {
    }
}
