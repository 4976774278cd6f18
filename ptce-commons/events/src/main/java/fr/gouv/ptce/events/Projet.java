package fr.gouv.ptce.events;

import java.util.List;

/** Élément Projet des événements qui le portent. */
public record Projet(String titre,
                     String description,
                     List<String> secteurs,
                     Integer emploisVises,
                     Long budgetCentimes) {
}
