package fr.gouv.ptce.candidature.offre;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The lauréat structure that registers (a porteur may own several). */
public record DemandeInscription(@NotNull @Size(max = 14) @Pattern(regexp = "[0-9]{14}", message = "14 chiffres") String siret) {
}
