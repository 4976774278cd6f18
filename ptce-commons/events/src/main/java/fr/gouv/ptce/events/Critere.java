package fr.gouv.ptce.events;

import java.math.BigDecimal;

/** Élément Critere des événements qui le portent. */
public record Critere(String code,
                      String libelle,
                      BigDecimal poids) {
}
