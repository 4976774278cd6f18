package fr.gouv.ptce.candidature.structure;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the platform uses of API Sirene's answer about one establishment (GET /siret/{siret}, 3.11):
 * its current state (the first of {@code periodesEtablissement}, the current period; A active, F closed)
 * and, of its legal unit, the catégorie juridique and the ESS flag ({@code O}, {@code N} or absent).
 */
public record EtablissementSirene(String siret, boolean actif, String categorieJuridique, String ess) {

    public static EtablissementSirene depuis(JsonNode reponse) {
        JsonNode e = reponse.path("etablissement");
        JsonNode ul = e.path("uniteLegale");
        String etat = e.path("periodesEtablissement").path(0).path("etatAdministratifEtablissement").asText("");
        return new EtablissementSirene(e.path("siret").asText(null), "A".equals(etat),
                ul.path("categorieJuridiqueUniteLegale").asText(null),
                ul.path("economieSocialeSolidaireUniteLegale").asText(null));
    }

    /** Whether the legal unit is registered in the ESS (the flag says {@code O}). */
    public boolean estEss() {
        return "O".equals(ess);
    }
}
