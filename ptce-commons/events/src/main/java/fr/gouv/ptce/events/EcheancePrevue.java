package fr.gouv.ptce.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Élément EcheancePrevue des événements qui le portent. */
public record EcheancePrevue(int ordre,
                             long montantCentimes,
                             String condition,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer mois) {
}
