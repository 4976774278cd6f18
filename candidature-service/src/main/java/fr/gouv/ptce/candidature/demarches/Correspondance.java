package fr.gouv.ptce.candidature.demarches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * Which DS champ (by its id, {@code champDescriptorId}) feeds which part of our application. Only the
 * SIRET is required: raison sociale and commune come from the SIRET champ's établissement when not
 * mapped, the contact's e-mail from the DS account. Members come from a repeated block whose rows
 * give a name, an optional SIRET and a type (our TypeMembre code, or its label).
 */
@Schema(description = "Correspondance entre les champs de la démarche (identifiants DS) et la candidature")
public record Correspondance(@NotBlank @Size(max = 200) @Schema(example = "Q2hhbXAtMTAx") String siret,
                             @Size(max = 200) String raisonSociale,
                             @Size(max = 200) String codeCommune,
                             @Size(max = 200) String formeJuridique,
                             @Size(max = 200) String adresse,
                             @Size(max = 200) String territoire,
                             @Size(max = 200) String membres,
                             @Size(max = 200) String membreNom,
                             @Size(max = 200) String membreSiret,
                             @Size(max = 200) String membreType,
                             @Size(max = 200) String projetTitre,
                             @Size(max = 200) String projetDescription,
                             @Size(max = 200) String contactNom,
                             @Size(max = 200) String contactEmail,
                             @Size(max = 200) String contactTelephone,
                             @Schema(description = "type de pièce (STATUTS, BUDGET, LETTRE_ENGAGEMENT, AUTRE) → champ pièce justificative")
                             @Size(max = 20) Map<@NotBlank String, @NotBlank @Size(max = 200) String> pieces) {

    public Map<String, String> piecesOuVide() {
        return pieces == null ? Map.of() : pieces;
    }
}
