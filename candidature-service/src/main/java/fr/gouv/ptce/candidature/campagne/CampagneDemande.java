package fr.gouv.ptce.candidature.campagne;

import fr.gouv.ptce.candidature.domain.ParametresCampagne.Declencheur;
import fr.gouv.ptce.candidature.domain.Phase;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A campaign as the admin writes it. Amounts in euros (exact decimals). */
public record CampagneDemande(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "lettres, chiffres, tirets") String code,
        @NotBlank @Size(max = 300) String libelle,
        @NotNull Phase phase,
        @NotNull @Schema(example = "2023-06-01T00:00:00+02:00") OffsetDateTime ouverture,
        @NotNull @Schema(description = "Phase 2 : instant exact de clôture (ex. 2023-07-31T12:00:00+02:00). "
                + "Phase 1 : le jour (à Paris) de cet instant ; la campagne ferme à la fin de ce jour, 23:59:59.999 heure de Paris.",
                example = "2023-07-31T12:00:00+02:00") OffsetDateTime cloture,
        @Positive @Max(10_000) Integer maxLaureats,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "100000.00") BigDecimal montantParLaureat,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "1500000.00") BigDecimal enveloppe,
        @Positive @Max(240) Integer dureeMois,
        @Schema(description = "Échéancier type ; par défaut en phase 2 : 50 % à la signature, 50 % au mois 12 après approbation du rapport ACTIVITE_ANNEE_1")
        @Size(max = 50) List<@Valid @NotNull EcheanceDemande> echeancier,
        @Schema(description = "Rapports attendus ; par défaut en phase 2 : ACTIVITE_ANNEE_1 au mois 12, FINANCIER_FINAL au mois 30")
        @Size(max = 50) List<@Valid @NotNull RapportDemande> rapports,
        @Size(max = 50) List<@Valid @NotNull CritereDemande> grille) {

    public record EcheanceDemande(@NotNull @Positive @Max(50) Integer ordre,
                                  @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal pourcentage,
                                  @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal montant,
                                  @NotNull Declencheur declencheur,
                                  @NotNull @PositiveOrZero @Max(240) Integer mois,
                                  @Size(max = 100) String rapport) {
    }

    public record RapportDemande(@NotBlank @Size(max = 100) String type, @NotNull @PositiveOrZero @Max(240) Integer mois) {
    }

    public record CritereDemande(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 300) String libelle,
                                 @NotNull BigDecimal poids) {
    }
}
