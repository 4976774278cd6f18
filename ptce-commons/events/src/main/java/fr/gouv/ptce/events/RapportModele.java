package fr.gouv.ptce.events;

/** Élément RapportModele des événements qui le portent. */
public record RapportModele(String type,
                            int mois) {
}
