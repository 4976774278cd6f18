package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Partner webhooks against a real HTTP receiver: deliveries carry the CloudEvent, are signed as
 * Standard Webhooks says (checked here with our own HMAC), retried after a 500, logged; an
 * endpoint that keeps failing is disabled and its owner told; internal addresses are refused.
 */
@QuarkusTest
class WebhooksTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request as the receiver saw it, and what it answered. */
    record Recu(Map<String, String> entetes, String corps, int reponse) {
    }

    private HttpServer recepteur;
    private final List<Recu> recus = new CopyOnWriteArrayList<>();
    private final AtomicInteger appelsCapricieux = new AtomicInteger();

    @BeforeEach
    void demarrerRecepteur() throws Exception {
        recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Answers 500 to its first call, then 200.
        recepteur.createContext("/capricieux", ex -> {
            String corps = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int code = appelsCapricieux.getAndIncrement() == 0 ? 500 : 200;
            recus.add(new Recu(Map.of(
                    "webhook-id", ex.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", ex.getRequestHeaders().getFirst("webhook-signature")), corps, code));
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        recepteur.createContext("/en-panne", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        recepteur.start();
    }

    @AfterEach
    void arreterRecepteur() {
        recepteur.stop(0);
    }

    private String url(String chemin) {
        return "http://127.0.0.1:" + recepteur.getAddress().getPort() + chemin;
    }

    @Test
    void lesLivraisonsSontSigneesReessayeesApres500EtJournalisees() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        Response cree = given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", url("/capricieux"), "types", List.of("candidature.deposee")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().response();
        String id = cree.jsonPath().getString("id");
        String secret = cree.jsonPath().getString("secret");
        assertThat(secret, startsWith("whsec_"));
        assertThat(cree.getHeader("Location"), containsString("/api/v1/webhooks/" + id));

        try {
            String candidature = UUID.randomUUID().toString();
            ObjectNode d = Evenements.exemple("candidature.deposee", candidature, "porteur-w",
                    "webhook-" + candidature.substring(0, 8) + "@exemple.fr");
            String eventId = Evenements.envoyer("candidature.deposee", candidature, d);

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pour(eventId).size() >= 2);
            List<Recu> miens = pour(eventId);
            assertThat(miens.get(0).reponse(), is(500));
            assertThat(miens.get(1).reponse(), is(200));
            assertThat(miens.get(1).entetes().get("webhook-id"), equalTo(miens.get(0).entetes().get("webhook-id")));
            for (Recu r : miens) {
                String attendue = "v1," + hmac(secret, r.entetes().get("webhook-id") + "."
                        + r.entetes().get("webhook-timestamp") + "." + r.corps());
                assertThat(List.of(r.entetes().get("webhook-signature").split(" ")), hasItem(attendue));
            }
            JsonNode ce = MAPPER.readTree(miens.get(1).corps());
            assertThat(ce.path("specversion").asText(), equalTo("1.0"));
            assertThat(ce.path("id").asText(), equalTo(eventId));
            assertThat(ce.path("type").asText(), equalTo("fr.gouv.ptce.candidature.deposee.v1"));
            assertThat(ce.path("source").asText(), equalTo("/ptce/test"));
            assertThat(ce.path("datacontenttype").asText(), equalTo("application/json"));
            assertThat(ce.path("time").isTextual(), is(true));
            assertThat(ce.path("data").path("candidatureId").asText(), equalTo(candidature));
            // The partner view of the filing: the structure, never the contact, the members or the project.
            assertThat(ce.path("data").path("structure").path("siret").asText(),
                    equalTo(d.path("structure").path("siret").asText()));
            for (String interne : List.of("contact", "contactEmail", "porteurSub", "membres", "projet")) {
                assertThat(interne, ce.path("data").has(interne), is(false));
            }
            assertThat(miens.get(1).corps(), not(containsString("@")));

            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                            .when().get("/api/v1/webhooks/" + id + "/livraisons")
                            .then().statusCode(200)
                            .body("elements.find { it.evenementId == '" + eventId + "' }.statut", equalTo("LIVREE"))
                            .body("elements.find { it.evenementId == '" + eventId + "' }.tentatives", equalTo(2))
                            .body("elements.find { it.evenementId == '" + eventId + "' }.dernierCodeHttp", equalTo(200)));

            // The secret is shown once; the list is the owner's own.
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .when().get("/api/v1/webhooks")
                    .then().statusCode(200)
                    .body("elements.id", hasItem(id))
                    .body("elements", everyItem(not(hasKey("secret"))));
            String autre = "partenaire-" + UUID.randomUUID();
            given().auth().oauth2(TestTokens.forUser(autre, "partenaire"))
                    .when().get("/api/v1/webhooks")
                    .then().statusCode(200).body("elements.id", not(hasItem(id)));
            given().auth().oauth2(TestTokens.forUser(autre, "partenaire"))
                    .when().get("/api/v1/webhooks/" + id + "/livraisons").then().statusCode(404);
            given().auth().oauth2(TestTokens.forUser(autre, "partenaire"))
                    .when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
            given().auth().oauth2(TestTokens.forUser("admin-w", "admin"))
                    .queryParam("taille", 100)
                    .when().get("/api/v1/webhooks/" + id + "/livraisons").then().statusCode(200);
            given().auth().oauth2(TestTokens.forUser("porteur-w", "porteur"))
                    .when().get("/api/v1/webhooks").then().statusCode(403);
        } finally {
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks/" + id + "/livraisons").then().statusCode(404);
    }

    @Test
    void unPointDeTerminaisonToujoursEnEchecEstDesactiveEtSonProprietairePrevenu() {
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", url("/en-panne"), "types", List.of("decision.rendue")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath().getString("id");
        String candidature = UUID.randomUUID().toString();
        Evenements.envoyer("decision.rendue", candidature, Evenements.exemple("decision.rendue",
                candidature, "porteur-p", "panne-wh-" + candidature.substring(0, 8) + "@exemple.fr"));

        MimeMessage avis = Courriels.unSeul(partenaire + "@exemple.fr");
        assertThat(Courriels.sujet(avis), containsString("point de terminaison webhook a été désactivé"));
        assertThat(Courriels.texte(avis), containsString(url("/en-panne")));
        assertThat(Courriels.texte(avis), containsString("3 échecs de livraison consécutifs"));
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks")
                .then().statusCode(200)
                .body("elements.find { it.id == '" + id + "' }.actif", is(false));
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks/" + id + "/livraisons")
                .then().statusCode(200)
                .body("elements[0].statut", equalTo("ECHEC"))
                .body("elements[0].dernierCodeHttp", equalTo(503));
    }

    @Test
    void lesAdressesInternesOuNonHttpsSontRefuseesEnNommantLeChamp() {
        String partenaire = "partenaire-" + UUID.randomUUID();
        for (String url : List.of("https://10.0.0.1/ptce", "http://192.168.1.20/ptce", "https://169.254.169.254/latest",
                "ftp://exemple.fr/ptce", "https://[fd00::1]/ptce", "pas une adresse")) {
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .contentType("application/json")
                    .body(Map.of("url", url, "types", List.of("decision.rendue")))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.champ", hasItem("url"));
        }
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", url("/capricieux"), "types", List.of("decision.rendue", "inconnu.invente")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("types[1]"));
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("types", List.of("decision.rendue")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("url"));
    }

    private List<Recu> pour(String eventId) {
        return recus.stream().filter(r -> r.corps().contains(eventId)).toList();
    }

    private static String hmac(String secret, String contenu) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(contenu.getBytes(StandardCharsets.UTF_8)));
    }
}
