package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.TypeMembre;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a porteur writes in an application. Every part may be missing in a draft: completeness is
 * an eligibility rule checked at submission (422 naming each rule), not a format error.
 */
public record ContenuCandidature(@Valid Structure structure,
                                 @Size(max = 300) String territoire,
                                 @Size(max = 200) List<@Valid @NotNull Membre> membres,
                                 @Valid Projet projet,
                                 @Valid Contact contact) {

    public record Structure(@Size(max = 14) @Pattern(regexp = "[0-9]{14}", message = "14 chiffres") @Schema(example = "35600000000048") String siret,
                            @Size(max = 300) String raisonSociale,
                            @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "catégorie juridique INSEE de niveau III à 4 chiffres")
                            @Schema(example = "9220", description = "catégorie juridique INSEE (niveau III) ; son libellé est rendu dans libelleFormeJuridique")
                            String formeJuridique,
                            @Size(max = 500) String adresse,
                            @Size(max = 5) @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "code commune INSEE à 5 caractères")
                            @Schema(example = "35238", description = "code commune INSEE du code officiel géographique ; "
                                    + "celui d'une commune fusionnée est remplacé par celui de la commune actuelle") String codeCommune) {
    }

    public record Membre(@NotBlank @Size(max = 300) String nom,
                         @Size(max = 14) @Pattern(regexp = "[0-9]{14}", message = "14 chiffres") String siret,
                         @NotNull TypeMembre type) {
    }

    public record Projet(@Size(max = 300) String titre,
                         @Size(max = 20000) String description,
                         @Size(max = 50) List<@NotBlank @Size(max = 100) String> secteurs,
                         @PositiveOrZero @Max(1_000_000) Integer emploisVises,
                         @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "250000.00") BigDecimal budget) {
    }

    public record Contact(@Size(max = 200) String nom,
                          @Email(message = "adresse électronique invalide") @Size(max = 320) String email,
                          @Size(max = 40) String telephone) {
    }
}
