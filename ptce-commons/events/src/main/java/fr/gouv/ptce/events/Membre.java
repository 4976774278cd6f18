package fr.gouv.ptce.events;

/** Élément Membre des événements qui le portent. */
public record Membre(String nom,
                     String siret,
                     TypeMembre type) {
}
