package fr.gouv.ptce.events;

/** Élément Contact des événements qui le portent. */
public record Contact(String nom,
                      String email,
                      String telephone) {
}
