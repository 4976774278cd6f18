package fr.gouv.ptce.events;

import java.math.BigDecimal;

/** Élément EcheanceModele des événements qui le portent. */
public record EcheanceModele(int ordre,
                             BigDecimal pourcentage,
                             Long montantCentimes,
                             Declencheur declencheur,
                             int mois,
                             String rapport) {
}
