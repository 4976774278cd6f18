package fr.gouv.ptce.notification.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The platform's HTTP rules on this service: 401, 403, 400 naming the field; who sees which notifications. */
@QuarkusTest
class PlateformeTest {

    @Test
    void sansJetonLaReponseEst401EnProblemDetails() {
        given().when().get("/api/v1/notifications")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body("{}").when().post("/api/v1/webhooks")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void sansLeRoleLaReponseEst403() {
        given().auth().oauth2(TestTokens.forUser("e1", "evaluateur"))
                .when().get("/api/v1/notifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).contentType("application/json")
                .body("{\"url\":\"https://exemple.fr\",\"types\":[\"decision.rendue\"]}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void uneRequeteInvalideNommeLeChampFautif() {
        given().auth().oauth2(TestTokens.forUser("i1", "instructeur"))
                .queryParam("candidature", "pas-un-uuid")
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("candidature"))
                .body("violations.find { it.champ == 'candidature' }.message", containsString("UUID attendu"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
        given().auth().oauth2(TestTokens.forUser("i1", "instructeur"))
                .queryParam("taille", 1000)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).body("violations.champ", hasItem("taille"));
        given().auth().oauth2(TestTokens.forUser("i1", "instructeur"))
                .queryParam("curseur", "n'importe quoi")
                .when().get("/api/v1/notifications")
                .then().statusCode(400).body("violations.champ", hasItem("curseur"));
    }

    @Test
    void unPorteurNeVoitQueSesNotificationsLePersonnelToutesParPagesEtParCandidature() {
        String porteur = "porteur-lecture-" + UUID.randomUUID();
        String candidature = UUID.randomUUID().toString();
        String email = "lecture-" + candidature.substring(0, 8) + "@exemple.fr";
        for (String fact : new String[]{"candidature.deposee", "corrections.demandees", "candidature.redeposee"}) {
            Evenements.envoyer(fact, candidature, Evenements.exemple(fact, candidature, porteur, email));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                        .when().get("/api/v1/notifications")
                        .then().statusCode(200).body("elements", hasSize(3)));

        // Pages of 2 then 1, newest first, with an opaque cursor: together, each notification once.
        io.restassured.path.json.JsonPath page1 = given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                .queryParam("taille", 2)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("elements", hasSize(2))
                .body("curseurSuivant", notNullValue())
                .body("elements.destinataire", everyItem(equalTo(email)))
                .extract().jsonPath();
        io.restassured.path.json.JsonPath page2 = given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                .queryParam("taille", 2).queryParam("curseur", page1.getString("curseurSuivant"))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("elements", hasSize(1))
                .body("curseurSuivant", nullValue())
                .extract().jsonPath();
        java.util.List<String> modeles = new java.util.ArrayList<>(page1.getList("elements.modele", String.class));
        modeles.addAll(page2.getList("elements.modele", String.class));
        org.hamcrest.MatcherAssert.assertThat(modeles, org.hamcrest.Matchers.containsInAnyOrder(
                "ACCUSE_RECEPTION", "CORRECTIONS_DEMANDEES", "REDEPOT"));

        // Another porteur sees none of them, even asking by candidature.
        given().auth().oauth2(TestTokens.forUser("porteur-autre-" + UUID.randomUUID(), "porteur"))
                .queryParam("candidature", candidature)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("elements", hasSize(0));
        // Staff see them all, filtered by candidature.
        given().auth().oauth2(TestTokens.forUser("instructeur-1", "instructeur"))
                .queryParam("candidature", candidature)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("elements", hasSize(3))
                .body("elements.candidatureId", everyItem(equalTo(candidature)));
        given().auth().oauth2(TestTokens.forUser("admin-1", "admin"))
                .queryParam("candidature", candidature)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("elements", hasSize(3));
    }
}
