package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the business clock stands in 2023 (as during the demo), a real delivery must still pass a
 * partner's verification: checked with the reference Standard Webhooks library (npm
 * "standardwebhooks", installed by this module's build), with its default 5-minute tolerance — not
 * with PTCE's own signing code.
 */
@QuarkusTest
class WebhookHeureReelleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant EN_2023 = Instant.parse("2023-06-15T08:00:00Z");

    /** One request as the receiver saw it. */
    record Recu(Map<String, String> entetes, String corps) {
    }

    @Inject
    AdjustableClock clock;

    private HttpServer recepteur;
    private final List<Recu> recus = new CopyOnWriteArrayList<>();

    @BeforeEach
    void demarrerRecepteur() throws Exception {
        recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recepteur.createContext("/partenaire", ex -> {
            String corps = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            recus.add(new Recu(Map.of(
                    "webhook-id", ex.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", ex.getRequestHeaders().getFirst("webhook-signature")), corps));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        recepteur.start();
    }

    @AfterEach
    void remettre() {
        clock.reset();
        recepteur.stop(0);
    }

    @Test
    void uneLivraisonFaitePendantQueLHorlogeMetierEstEn2023PasseUnVerificateurStandardWebhooksIndependant() throws Exception {
        clock.pinTo(EN_2023);
        String partenaire = "partenaire-" + UUID.randomUUID();
        Response cree = given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/partenaire",
                        "types", List.of("candidature.deposee")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().response();
        String secret = cree.jsonPath().getString("secret");
        try {
            verifierUneLivraison(secret);
        } finally {
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .when().delete("/api/v1/webhooks/" + cree.jsonPath().getString("id")).then().statusCode(204);
        }
    }

    private void verifierUneLivraison(String secret) throws Exception {
        String candidature = UUID.randomUUID().toString();
        String eventId = Evenements.envoyer("candidature.deposee", candidature, Evenements.exemple("candidature.deposee",
                candidature, "porteur-hr", "heure-reelle-" + candidature.substring(0, 8) + "@exemple.fr"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> recus.stream().anyMatch(r -> r.corps().contains(eventId)));
        Recu recu = recus.stream().filter(r -> r.corps().contains(eventId)).findFirst().orElseThrow();
        assertEquals(EN_2023, clock.instant(), "the business clock stayed in 2023 during the delivery");

        ArrayNode livraisons = MAPPER.createArrayNode();
        livraisons.add(livraison(secret, recu));
        // The same message signed by the library itself at the business time: what a 2023 timestamp meets.
        livraisons.add(livraison(secret, recu).put("resignerA", EN_2023.toString()));
        JsonNode verdicts = verifier(livraisons);

        assertTrue(verdicts.get(0).path("valide").asBoolean(), "the real delivery is refused by the reference verifier: "
                + verdicts.get(0) + " (webhook-timestamp " + recu.entetes().get("webhook-timestamp") + ")");
        assertFalse(verdicts.get(1).path("valide").asBoolean(), "the verifier must refuse a business-time timestamp");
        assertTrue(verdicts.get(1).path("erreur").asText().contains("too old"), verdicts.get(1).toString());
    }

    private static ObjectNode livraison(String secret, Recu recu) {
        return VerificateurStandardWebhooks.livraison(secret, recu.entetes(), recu.corps());
    }

    private static JsonNode verifier(ArrayNode livraisons) throws Exception {
        return VerificateurStandardWebhooks.verifier(livraisons);
    }
}
