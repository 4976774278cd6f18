package fr.gouv.ptce.events;

/** Élément Structure des événements qui le portent. */
public record Structure(String siret,
                        String raisonSociale,
                        String formeJuridique,
                        String adresse,
                        String codeCommune,
                        String departement,
                        String region) {
}
