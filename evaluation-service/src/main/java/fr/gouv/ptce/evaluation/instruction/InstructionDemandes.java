package fr.gouv.ptce.evaluation.instruction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the instructeur's requests. */
public final class InstructionDemandes {

    private InstructionDemandes() {
    }

    public record Corrections(@NotBlank(message = "le motif des corrections est obligatoire")
                              @Size(max = 5000, message = "5000 caractères au plus") String motif) {
    }

    /** {@code motivation} is required when the file is declared inadmissible. */
    public record Recevabilite(@NotNull(message = "indiquez si le dossier est recevable (true/false)") Boolean recevable,
                               @Size(max = 5000, message = "5000 caractères au plus") String motivation) {
    }

    public record AffectationEvaluateur(
            @NotBlank(message = "l'identifiant (sub Keycloak) de l'évaluateur est obligatoire")
            @Size(max = 200, message = "200 caractères au plus") String evaluateurSub,
            @Size(max = 300, message = "300 caractères au plus") String evaluateurNom) {
    }
}
