package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.evaluation.domain.TypeDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public final class DecisionDemandes {

    private DecisionDemandes() {
    }

    public record NouvelleDecision(
            @NotNull(message = "l'identifiant de la candidature est obligatoire") UUID candidatureId,
            @NotNull(message = "la décision est obligatoire (LAUREAT, LISTE_ATTENTE, NON_RETENU, SANS_SUITE)")
            TypeDecision decision,
            @NotBlank(message = "toute décision est motivée")
            @Size(max = 5000, message = "5000 caractères au plus") String motivation) {
    }

    /** {@code promouvoir}: make the first of the waiting list lauréat in its place. */
    public record ClotureSelection(
            @NotBlank(message = "la clôture est motivée : elle est notifiée à chaque porteur de la liste d'attente")
            @Size(max = 5000, message = "5000 caractères au plus") String motivation) {
    }

    public record NouveauDesistement(
            @NotBlank(message = "le motif du désistement est obligatoire")
            @Size(max = 5000, message = "5000 caractères au plus") String motif,
            boolean promouvoir) {
    }

    /** The separate promotion step: the best-ranked waiting-list file becomes lauréat, motivated. */
    public record Promotion(
            @NotBlank(message = "toute décision est motivée")
            @Size(max = 5000, message = "5000 caractères au plus") String motivation) {
    }
}
