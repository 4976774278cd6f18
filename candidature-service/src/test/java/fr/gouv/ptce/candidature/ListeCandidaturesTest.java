package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Order(6)
class ListeCandidaturesTest {

    @Test
    void laPaginationParCurseurParcourtToutSansDoublonEtLesFiltresSAppliquent() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        List<String> crees = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Map<String, Object> corps = Fixtures.contenu(Fixtures.siret());
            corps.put("campagneId", campagne);
            if (i % 4 == 0) { // Paris → Île-de-France
                corps.put("structure", Map.of("siret", Fixtures.siret(), "raisonSociale", "Coopérative Lutèce " + i,
                        "codeCommune", "75056"));
            }
            crees.add(as(porteur).body(corps).post("/api/v1/candidatures").then().statusCode(201).extract().path("id"));
        }
        List<String> lus = new ArrayList<>();
        String curseur = null;
        int pages = 0;
        do {
            ExtractableResponse<Response> page = given().auth().oauth2(INSTRUCTEUR).queryParam("campagne", campagne)
                    .queryParam("taille", 10).queryParam("curseur", curseur == null ? "" : curseur)
                    .get("/api/v1/candidatures").then().statusCode(200).extract();
            lus.addAll(page.path("elements.id"));
            curseur = page.path("curseurSuivant");
            pages++;
        } while (curseur != null);
        assertEquals(3, pages);
        assertEquals(23, lus.size());
        assertEquals(23, new HashSet<>(lus).size());
        assertEquals(new HashSet<>(crees), new HashSet<>(lus));
        // Newest first.
        assertEquals(crees.get(22), lus.get(0));

        given().auth().oauth2(ADMIN).queryParam("campagne", campagne).queryParam("region", "Île-de-France")
                .get("/api/v1/candidatures").then().statusCode(200).body("elements.size()", equalTo(6))
                .body("curseurSuivant", nullValue());
        given().auth().oauth2(ADMIN).queryParam("campagne", campagne).queryParam("q", "LUTÈCE 12")
                .get("/api/v1/candidatures").then().statusCode(200).body("elements.size()", equalTo(1));
        given().auth().oauth2(ADMIN).queryParam("campagne", campagne).queryParam("statut", "DEPOSEE")
                .get("/api/v1/candidatures").then().statusCode(200).body("elements.size()", equalTo(0));

        // A porteur sees only its own, whatever it asks.
        given().auth().oauth2(porteur).queryParam("taille", 100).get("/api/v1/candidatures").then().statusCode(200)
                .body("elements.size()", equalTo(23));
        given().auth().oauth2(Fixtures.porteur()).queryParam("campagne", campagne).get("/api/v1/candidatures").then()
                .statusCode(200).body("elements.size()", equalTo(0));
        // Bounded page size, readable cursor only.
        given().auth().oauth2(ADMIN).queryParam("taille", 1000).get("/api/v1/candidatures").then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("curseur", "n'importe quoi").get("/api/v1/candidatures").then().statusCode(400)
                .body("violations[0].champ", equalTo("curseur"));
        given().auth().oauth2(ADMIN).queryParam("statut", "INCONNU").get("/api/v1/candidatures").then().statusCode(400)
                .body("violations[0].champ", equalTo("statut"))
                .body("violations[0].message", containsString("valeurs admises"))
                .body("violations[0].message", containsString("DEPOSEE"));
        given().auth().oauth2(ADMIN).queryParam("campagne", "pas-un-uuid").get("/api/v1/candidatures").then().statusCode(400)
                .body("violations[0].champ", equalTo("campagne"))
                .body("violations[0].message", containsString("UUID attendu"));
    }
}
