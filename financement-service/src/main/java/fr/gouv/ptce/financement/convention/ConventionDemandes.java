package fr.gouv.ptce.financement.convention;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the agreement endpoints. */
public final class ConventionDemandes {

    private ConventionDemandes() {
    }

    /** {@code dateSignature}: the calendar date (Paris) the 24 months start from. */
    public record Signature(@NotNull LocalDate dateSignature) {
    }

    /** {@code montantReversement}: what the porteur must pay back, at most what it was paid (0 if nothing). */
    public record Resiliation(@NotBlank @Size(max = 2000) String motif,
                              @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
                              BigDecimal montantReversement) {
    }

    /** A report the porteur submits: its {@code type} (one the agreement expects) and its content. */
    public record RapportSoumis(@NotBlank @Size(max = 100) String type,
                                @NotBlank @Size(max = 20000) String contenu) {
    }

    /** A clawback on its own: {@code montant} (euros, two decimals, &gt; 0) and why. */
    public record NouveauReversement(@NotNull @DecimalMin(value = "0.01", message = "doit être supérieur à 0")
                                     @Digits(integer = 12, fraction = 2) BigDecimal montant,
                                     @NotBlank @Size(max = 2000) String motif) {
    }

    /** {@code reference}: the collection order's reference in the State's accounting, unique. */
    public record TitreEmis(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,99}",
            message = "1 à 100 caractères : lettres, chiffres, . _ / -") String reference) {
    }

    /** {@code dateRecouvrement}: the accounting date the money came back, not in the future. */
    public record Recouvrement(@NotNull LocalDate dateRecouvrement) {
    }

    public record Annulation(@NotBlank @Size(max = 2000) String motif) {
    }
}
