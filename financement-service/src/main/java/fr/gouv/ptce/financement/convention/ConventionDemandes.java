package fr.gouv.ptce.financement.convention;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
}
