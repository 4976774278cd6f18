package fr.gouv.ptce.financement.donneesouvertes;

import java.math.BigDecimal;

/**
 * Money per edition (year the campaign opened, Paris) and région: what candidature-service's
 * statistics leave to this service. Amounts in euros, as everywhere in the API.
 */
public record StatistiqueFinancement(int edition,
                                     String region,
                                     int conventionsSignees,
                                     BigDecimal montantAccorde,
                                     BigDecimal montantPaye) {
}
