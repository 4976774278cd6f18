package fr.gouv.ptce.financement.donneesouvertes;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One grant as the SCDL « Subventions » schema (schema.data.gouv.fr, scdl/subventions 1.1) names it:
 * the field names, their order and their formats are the schema's, so the JSON and the CSV say the
 * same thing. Dates are {@code AAAA-MM-JJ}; amounts and the percentage use a decimal point.
 */
@JsonPropertyOrder({"nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
        "idBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention"})
public record SubventionScdl(String nomAttribuant,
                             String idAttribuant,
                             String dateConvention,
                             String referenceDecision,
                             String nomBeneficiaire,
                             String idBeneficiaire,
                             String objet,
                             BigDecimal montant,
                             String nature,
                             String conditionsVersement,
                             String datesPeriodeVersement,
                             String idRAE,
                             String notificationUE,
                             BigDecimal pourcentageSubvention) {

    /** The CSV header: the schema's columns, in its order. */
    static final String[] COLONNES = {"nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision",
            "nomBeneficiaire", "idBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
            "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention"};
}
