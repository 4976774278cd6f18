package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The structure's commune and catégorie juridique against the official reference data (code officiel
 * géographique from @etalab/decoupage-administratif, INSEE catégories juridiques), through the API.
 */
@QuarkusTest
class ReferencesOfficiellesTest {

    private static Map<String, Object> structure(String formeJuridique, String codeCommune) {
        Map<String, Object> s = new HashMap<>();
        s.put("siret", Fixtures.siret());
        s.put("raisonSociale", "Pôle des Références");
        s.put("formeJuridique", formeJuridique);
        s.put("codeCommune", codeCommune);
        return s;
    }

    private static io.restassured.response.Response creer(String porteur, String campagne, String formeJuridique,
                                                         String codeCommune) {
        return as(porteur).body(Map.of("campagneId", campagne, "structure", structure(formeJuridique, codeCommune)))
                .post("/api/v1/candidatures");
    }

    @Test
    void desCommunesReellesDeMetropoleDeCorseEtDOutreMerSontSituees() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String[][] cas = {
                {"35238", "35238", "Rennes", "35", "Bretagne"},
                {"2A004", "2A004", "Ajaccio", "2A", "Corse"},
                {"2B033", "2B033", "Bastia", "2B", "Corse"},
                {"97411", "97411", "Saint-Denis", "974", "La Réunion"},
                {"97302", "97302", "Cayenne", "973", "Guyane"},
                {"97502", "97502", "Saint-Pierre", "975", "Saint-Pierre-et-Miquelon"},
                // Boufféré merged into Montaigu-Vendée on 1 January 2019: mapped to the current commune
                {"85027", "85146", "Montaigu-Vendée", "85", "Pays de la Loire"}};
        for (String[] c : cas) {
            creer(porteur, campagne, "9220", c[0]).then().statusCode(201)
                    .body("structure.codeCommune", equalTo(c[1]))
                    .body("structure.commune", equalTo(c[2]))
                    .body("structure.departement", equalTo(c[3]))
                    .body("structure.region", equalTo(c[4]))
                    .body("structure.formeJuridique", equalTo("9220"))
                    .body("structure.libelleFormeJuridique", equalTo("Association déclarée"));
        }
    }

    @Test
    void uneCommuneOuUneCategorieInconnueEstUn400NommantLeChampSansRienEnregistrer() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        creer(porteur, campagne, "9220", "35999").then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].champ", equalTo("structure.codeCommune"))
                .body("violations[0].message", startsWith("« 35999 »"));
        creer(porteur, campagne, "9220", "98818").then().statusCode(400) // Nouméa: outside the call
                .body("violations[0].champ", equalTo("structure.codeCommune"));
        creer(porteur, campagne, "9999", "2B033").then().statusCode(400)
                .body("violations", hasSize(1))
                .body("violations[0].champ", equalTo("structure.formeJuridique"));
        creer(porteur, campagne, "Association loi 1901", "35238").then().statusCode(400)
                .body("violations[0].champ", equalTo("structure.formeJuridique"));
        creer(porteur, campagne, "9999", "35999").then().statusCode(400)
                .body("violations", hasSize(2));
        as(porteur).get("/api/v1/candidatures").then().statusCode(200).body("elements", hasSize(0));

        String id = creer(porteur, campagne, "9220", "35238").then().statusCode(201).extract().path("id");
        Map<String, Object> contenu = Fixtures.contenu(Fixtures.siret());
        contenu.put("structure", structure("9220", "35999"));
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(400)
                .body("violations[0].champ", equalTo("structure.codeCommune"));
        as(porteur).get("/api/v1/candidatures/" + id).then().body("structure.codeCommune", equalTo("35238"));
    }

    @Test
    void uneStructureDeDroitPublicOuUnePersonnePhysiqueEstRefuseeAuDepot() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        for (String[] cas : new String[][]{{"7210", "Commune et commune nouvelle"}, {"7348", "Communauté d'agglomération"},
                {"1000", "Entrepreneur individuel"}}) {
            String id = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
            Map<String, Object> contenu = Fixtures.contenu(Fixtures.siret());
            contenu.put("structure", structure(cas[0], "35238"));
            as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200)
                    .body("structure.libelleFormeJuridique", equalTo(cas[1]));
            Fixtures.deposer(porteur, id).then().statusCode(422).contentType("application/problem+json")
                    .body("violations", hasSize(1))
                    .body("violations[0].champ", equalTo("structure.formeJuridique"))
                    .body("violations[0].message", startsWith("PERSONNE_MORALE_DE_DROIT_PRIVE"))
                    .body("violations.message", hasItem(org.hamcrest.Matchers.containsString(cas[1])));
            as(porteur).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("BROUILLON"));
        }
    }

    @Test
    void leDepotAnnonceLaCommuneActuelleEtLaCategorieJuridique() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Map<String, Object> contenu = Fixtures.contenu(Fixtures.siret());
        contenu.put("structure", structure("5460", "85027"));
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200);
        Fixtures.deposer(porteur, id).then().statusCode(200).body("structure.codeCommune", equalTo("85146"));
        JsonNode d = KafkaTestClient.await("ptce.candidatures", "candidature.deposee", "candidatureId", id, 1,
                Duration.ofSeconds(20)).get(0).data();
        assertTrue(EventCatalogue.strictProblems("candidature.deposee", d).isEmpty(),
                () -> EventCatalogue.strictProblems("candidature.deposee", d).toString());
        assertEquals("85146", d.at("/structure/codeCommune").asText());
        assertEquals("85", d.at("/structure/departement").asText());
        assertEquals("Pays de la Loire", d.at("/structure/region").asText());
        assertEquals("5460", d.at("/structure/formeJuridique").asText());
    }
}
