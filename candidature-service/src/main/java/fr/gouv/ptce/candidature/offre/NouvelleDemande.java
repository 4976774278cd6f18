package fr.gouv.ptce.candidature.offre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NouvelleDemande(@NotNull @Size(max = 14) @Pattern(regexp = "[0-9]{14}", message = "14 chiffres") String siret,
                              @NotNull @Min(1) @Max(1000) Integer heures, @Size(max = 2000) String objet) {
}
