package fr.gouv.ptce.candidature.demarches;

import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an admin sets for a campaign. The token is write-only: omitted on a later PUT, the stored one
 * is kept; it never comes back in an answer nor in a log ({@link #toString()} masks it).
 */
public record ConfigurationDsDemande(
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "URL http(s) attendue")
        @Schema(example = "https://www.demarches-simplifiees.fr/api/v2/graphql") String urlApi,
        @Size(min = 10, max = 500, message = "jeton d'API de 10 à 500 caractères")
        @Schema(writeOnly = true, description = "jeton d'API DS ; jamais renvoyé ; absent = inchangé") String jeton,
        @NotNull @Positive @Max(999_999_999) Integer numeroDemarche,
        @Size(max = 200) @Schema(description = "identifiant DS de l'instructeur au nom duquel les décisions sont reportées")
        String instructeurId,
        @NotNull @Valid Correspondance correspondance,
        boolean ecritureRetour) {

    @Override
    public String toString() {
        return "ConfigurationDsDemande[urlApi=" + urlApi + ", jeton=" + (jeton == null ? "absent" : "***")
                + ", numeroDemarche=" + numeroDemarche + ", instructeurId=" + instructeurId + ", ecritureRetour="
                + ecritureRetour + "]";
    }
}
