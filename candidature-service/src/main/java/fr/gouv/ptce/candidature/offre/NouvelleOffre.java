package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.candidature.domain.ThemeOffre;
import fr.gouv.ptce.candidature.domain.TypeOffre;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** An offer as the admin publishes it; INDIVIDUEL needs heuresParStructure, COLLECTIF debut, capacite and lieu or lien. */
public record NouvelleOffre(@NotNull TypeOffre type, @NotNull ThemeOffre theme, @NotBlank @Size(max = 200) String titre,
                            @Size(max = 5000) String description, @Min(1) @Max(1000) Integer heuresParStructure,
                            OffsetDateTime debut, @Size(max = 300) String lieu, @Size(max = 500) String lien,
                            @Min(1) @Max(10000) Integer capacite) {
}
