package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's shared HTTP and event rules, as this service applies them. */
@QuarkusTest
class PlateformeTest {

    @Test
    void sansJetonLaReponseEst401EnProblemDetails() {
        given().get("/api/v1/conventions")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.expired("g1", "gestionnaire")).get("/api/v1/conventions")
                .then().statusCode(401);
    }

    @Test
    void sansLeRoleLaReponseEst403() {
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).get("/api/v1/campagnes/{id}/enveloppe", UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).get("/api/v1/exports/paiements")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("c1", "comite")).contentType("application/json")
                .body(Map.of("dateSignature", "2024-01-01"))
                .post("/api/v1/conventions/{id}/signature", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void uneRequeteInvalideEst400NommantLeChampFautif() {
        given().auth().oauth2(Scenario.gestionnaire()).contentType("application/json").body("{}")
                .post("/api/v1/conventions/{id}/signature", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("dateSignature"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(Scenario.gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "R-1", "datePaiement", "pas une date"))
                .post("/api/v1/echeances/{id}/paiement", UUID.randomUUID())
                .then().statusCode(400).body("violations.champ", hasItem("datePaiement"));
        given().auth().oauth2(Scenario.gestionnaire()).contentType("application/json")
                .body("{\"motif\":\"m\",\"montantReversement\":12.345}")
                .post("/api/v1/conventions/{id}/resiliation", UUID.randomUUID())
                .then().statusCode(400).body("violations.champ", hasItem("montantReversement"));
        given().auth().oauth2(Scenario.gestionnaire()).queryParam("curseur", "%%%")
                .get("/api/v1/conventions").then().statusCode(400).body("violations.champ", hasItem("curseur"));
        given().auth().oauth2(Scenario.gestionnaire()).queryParam("taille", 1000)
                .get("/api/v1/conventions").then().statusCode(400).body("violations.champ", hasItem("taille"));
    }

    @Test
    void laListeEstPagineeParCurseurSansDoublonNiOubli() {
        UUID campagne = Scenario.campagne(150_000_000L);
        for (int i = 0; i < 5; i++) {
            Scenario.envoyer(Scenario.selection(campagne, "porteur-page-" + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Scenario.conventions(campagne.toString()).size() == 5);
        List<String> vus = new java.util.ArrayList<>();
        String curseur = null;
        int pages = 0;
        do {
            var req = given().auth().oauth2(Scenario.gestionnaire()).queryParam("campagne", campagne.toString())
                    .queryParam("taille", 2);
            if (curseur != null) {
                req.queryParam("curseur", curseur);
            }
            var page = req.get("/api/v1/conventions").then().statusCode(200).extract().jsonPath();
            vus.addAll(page.getList("elements.id"));
            curseur = page.getString("curseurSuivant");
            pages++;
        } while (curseur != null);
        assertEquals(3, pages);
        assertEquals(5, vus.size());
        assertEquals(5, vus.stream().distinct().count());
    }

    @Test
    void lesExemplesDuCatalogueSontAcceptesEtToutCeQuiEstPublieEstConforme() {
        JsonNode campagne = EventCatalogue.example("campagne.publiee");
        JsonNode selection = EventCatalogue.example("laureat.phase2.selectionne");
        String campagneId = campagne.path("campagneId").asText();
        KafkaTestClient.send("ptce.campagnes", campagneId, "campagne.publiee", campagne);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Scenario.gestionnaire())
                .get("/api/v1/campagnes/{id}/enveloppe", campagneId).statusCode() == 200);
        KafkaTestClient.send("ptce.decisions", campagneId, "laureat.phase2.selectionne", selection);
        String id = Scenario.attendreConvention(selection.path("candidatureId").asText(), campagneId).getString("id");
        KafkaTestClient.send("ptce.decisions", campagneId, "laureat.phase2.desiste",
                EventCatalogue.example("laureat.phase2.desiste"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESILIEE".equals(Scenario.convention(id).getString("statut")));

        var publies = KafkaTestClient.await("ptce.financements", "convention.resiliee", "conventionId", id, 1,
                Duration.ofSeconds(20));
        assertFalse(publies.isEmpty());
        for (var r : KafkaTestClient.readAll("ptce.financements")) {
            assertTrue(EventCatalogue.problems(r.fact(), r.data()).isEmpty(), r.fact() + " : " + r.rawValue());
            for (String champ : List.of("candidatureId", "numero", "porteurSub", "contactEmail", "conventionId")) {
                assertTrue(r.data().hasNonNull(champ), r.fact() + " sans " + champ);
            }
            assertEquals(r.data().path("conventionId").asText(), r.key(), "clé = identifiant de la convention");
        }
    }

    @Test
    void leDocumentOpenApiDecritLesOperationsAvecLeursRoles() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/echeances/{id}/paiement'.post.responses.'409'.description", containsString("payée"))
                .body("paths.'/api/v1/conventions'.get.security", not(equalTo(null)));
    }
}
