package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two agents editing the same draft campaign, or a porteur in two tabs: the second to save from an
 * old read gets a 412 and the first's edit stays; a campaign edit without If-Match is a 428.
 */
@QuarkusTest
class ModificationsConcurrentesTest {

    @Test
    void deuxAgentsSurLeMemeBrouillonDeCampagneLeSecondRecoit412() {
        Map<String, Object> corps = Fixtures.campagnePhase1("2031-01-01T00:00:00+01:00", "2031-03-01T00:00:00+01:00");
        String id = as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(201).extract().path("id");
        String lu = as(ADMIN).get("/api/v1/campagnes/" + id).then().statusCode(200).extract().header("ETag");
        assertTrue(lu.matches("\"\\d+\""), lu);

        as(ADMIN).body(corps).put("/api/v1/campagnes/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("violations[0].champ", equalTo("If-Match"));

        corps.put("libelle", "Libellé de l'agent A");
        String apresA = as(ADMIN).header("If-Match", lu).body(corps).put("/api/v1/campagnes/" + id).then().statusCode(200)
                .body("libelle", equalTo("Libellé de l'agent A")).extract().header("ETag");
        assertNotEquals(lu, apresA, "une modification change l'ETag");

        corps.put("libelle", "Libellé de l'agent B");
        as(ADMIN).header("If-Match", lu).body(corps).put("/api/v1/campagnes/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("version-perimee"))
                .body("violations[0].champ", equalTo("If-Match"));
        as(ADMIN).get("/api/v1/campagnes/" + id).then().statusCode(200)
                .header("ETag", apresA).body("libelle", equalTo("Libellé de l'agent A"));
    }

    @Test
    void unPorteurDansDeuxOngletsNEcrasePasSaPropreModification() {
        String porteur = Fixtures.porteur();
        String campagne = Fixtures.campagnePhase1Ouverte();
        String siret = Fixtures.siret();
        String id = Fixtures.brouillon(porteur, campagne, siret);
        String lu = as(porteur).get("/api/v1/candidatures/" + id).then().statusCode(200).extract().header("ETag");

        Map<String, Object> contenu = Fixtures.contenu(siret);
        contenu.put("territoire", "Onglet 1");
        String apres = as(porteur).header("If-Match", lu).body(contenu).put("/api/v1/candidatures/" + id)
                .then().statusCode(200).body("territoire", equalTo("Onglet 1")).extract().header("ETag");
        assertNotEquals(lu, apres);

        contenu.put("territoire", "Onglet 2");
        as(porteur).header("If-Match", lu).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(412)
                .body("code", equalTo("version-perimee"));
        as(porteur).get("/api/v1/candidatures/" + id).then().statusCode(200).body("territoire", equalTo("Onglet 1"));
        // without If-Match the porteur keeps today's behaviour: the last save wins
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200).body("territoire", equalTo("Onglet 2"));
    }
}
