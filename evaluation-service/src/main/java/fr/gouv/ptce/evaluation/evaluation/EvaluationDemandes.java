package fr.gouv.ptce.evaluation.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Bodies of the evaluator's requests. */
public final class EvaluationDemandes {

    private EvaluationDemandes() {
    }

    public record DeclarationInterets(
            @NotNull(message = "indiquez s'il existe un conflit d'intérêts (true/false)") Boolean conflit,
            @Size(max = 5000, message = "5000 caractères au plus") String precision) {
    }

    public record NoteSaisie(
            @NotBlank(message = "le code du critère est obligatoire") @Size(max = 50) String critere,
            @NotNull(message = "la note est obligatoire") BigDecimal note,
            @Size(max = 5000, message = "5000 caractères au plus") String commentaire) {
    }

    /** Saves the evaluator's work in progress; it may be saved as often as wanted before submission. */
    public record Notation(
            @NotNull(message = "la liste des notes est obligatoire")
            @Size(max = 50, message = "50 critères au plus") List<@Valid @NotNull NoteSaisie> notes,
            @Size(max = 10000, message = "10000 caractères au plus") String avis) {
    }
}
