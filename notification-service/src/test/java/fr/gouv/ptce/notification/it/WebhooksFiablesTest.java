package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.notification.webhooks.ChiffrementAuDemarrage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks ops can trust (issue 22): secrets encrypted at rest, rotation with both signatures
 * during the overlap (checked by the reference npm "standardwebhooks" library, each with its own
 * secret), the retry schedule (compressed in tests: immediately, +200 ms, +400 ms), an endpoint
 * disabled after a whole failed cycle with an e-mail to its owner, reactivation and replay.
 */
@QuarkusTest
class WebhooksFiablesTest {

    /** One request as the receiver saw it, and when. */
    record Recu(Map<String, String> entetes, String corps, Instant recuLe) {
    }

    @Inject
    AdjustableClock clock;

    @Inject
    ChiffrementAuDemarrage chiffrementAuDemarrage;

    private HttpServer recepteur;
    private final List<Recu> recus = new CopyOnWriteArrayList<>();
    private final AtomicBoolean enPanne = new AtomicBoolean();
    /** Events whose deliveries the receiver refuses (503), whatever {@link #enPanne} says. */
    private final java.util.Set<String> refuses = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeEach
    void demarrerRecepteur() throws Exception {
        recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recepteur.createContext("/partenaire", ex -> {
            String corps = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            recus.add(new Recu(Map.of(
                    "webhook-id", ex.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", ex.getRequestHeaders().getFirst("webhook-signature")), corps, Instant.now()));
            boolean refuse = enPanne.get() || refuses.stream().anyMatch(corps::contains);
            ex.sendResponseHeaders(refuse ? 503 : 204, -1);
            ex.close();
        });
        recepteur.start();
    }

    @AfterEach
    void arreter() {
        clock.reset();
        recepteur.stop(0);
    }

    @Test
    void leSecretEstChiffreAuRepos() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        Response cree = creer(partenaire);
        String id = cree.jsonPath().getString("id");
        String secret = cree.jsonPath().getString("secret");
        String[] colonnes = lireSecrets(id);
        assertNull(colonnes[0], "no clear secret in the database");
        assertTrue(colonnes[1].startsWith("k1:"), colonnes[1]);
        assertFalse(colonnes[1].contains(secret.substring("whsec_".length())), "the stored value is not the secret");
        assertFalse(colonnes[1].contains(secret.substring("whsec_".length(), 20)));
    }

    @Test
    void unSecretEnregistreEnClairAvantLeChiffrementSignePuisEstChiffreAuDemarrage() throws Exception {
        // A row as V1 to V3 wrote it: the secret in clear.
        String partenaire = "partenaire-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().substring(0, 32).getBytes(StandardCharsets.US_ASCII));
        try (Connection c = TestDatabase.connect(Evenements.BASE);
             PreparedStatement ps = c.prepareStatement("""
                     insert into webhook (id, proprietaire_sub, proprietaire_email, url, types, secret, actif, cree_le)
                     values (?, ?, ?, ?, 'decision.rendue', ?, true, now())""")) {
            ps.setObject(1, id);
            ps.setString(2, partenaire);
            ps.setString(3, partenaire + "@exemple.fr");
            ps.setString(4, "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/partenaire");
            ps.setString(5, secret);
            ps.executeUpdate();
        }
        // Before the startup pass reaches it, the deliverer signs with the clear secret.
        Recu avant = recevoirUneLivraison();
        assertTrue(verifier(avant, secret).get(0).path("valide").asBoolean(), avant.entetes().toString());

        assertThat(chiffrementAuDemarrage.chiffrerLesSecretsEnClair(), greaterThanOrEqualTo(1));
        String[] colonnes = lireSecrets(id.toString());
        assertNull(colonnes[0], "the clear secret is gone");
        assertTrue(colonnes[1].startsWith("k1:"), colonnes[1]);
        assertEquals(0, chiffrementAuDemarrage.chiffrerLesSecretsEnClair(), "nothing left to encrypt");
        // The partner notices nothing: same secret, now read from the encrypted column.
        Recu apres = recevoirUneLivraison();
        assertTrue(verifier(apres, secret).get(0).path("valide").asBoolean(), apres.entetes().toString());
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void pendantLeChevauchementLesDeuxSecretsVerifientPuisSeulLeNouveau() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        Response cree = creer(partenaire);
        String id = cree.jsonPath().getString("id");
        String ancien = cree.jsonPath().getString("secret");

        given().auth().oauth2(TestTokens.forUser("partenaire-" + UUID.randomUUID(), "partenaire"))
                .when().post("/api/v1/webhooks/" + id + "/rotation").then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser("porteur-r", "porteur"))
                .when().post("/api/v1/webhooks/" + id + "/rotation").then().statusCode(403);
        given().when().post("/api/v1/webhooks/" + id + "/rotation").then().statusCode(401);

        Instant avant = Instant.now();
        Response tourne = given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().post("/api/v1/webhooks/" + id + "/rotation")
                .then().statusCode(200).extract().response();
        String nouveau = tourne.jsonPath().getString("secret");
        assertThat(nouveau, startsWith("whsec_"));
        assertThat(nouveau, not(equalTo(ancien)));
        Instant jusqua = Instant.parse(tourne.jsonPath().getString("ancienSecretValideJusquA"));
        assertFalse(jusqua.isBefore(avant.plus(Duration.ofHours(24))), jusqua.toString());
        // Shown once: the list has neither secret.
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks").then().statusCode(200)
                .body("elements.find { it.id == '" + id + "' }.secret", nullValue())
                .body("elements.find { it.id == '" + id + "' }.ancienSecretValideJusquA", equalTo(jusqua.toString()));
        assertTrue(lireSecrets(id)[2].startsWith("k1:"), "the previous secret is kept encrypted too");

        Recu pendant = recevoirUneLivraison();
        assertEquals(2, pendant.entetes().get("webhook-signature").split(" ").length, pendant.entetes().toString());
        String etranger = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        JsonNode verdicts = verifier(pendant, ancien, nouveau, etranger);
        assertTrue(verdicts.get(0).path("valide").asBoolean(), "old secret during the overlap: " + verdicts.get(0));
        assertTrue(verdicts.get(1).path("valide").asBoolean(), "new secret during the overlap: " + verdicts.get(1));
        assertFalse(verdicts.get(2).path("valide").asBoolean(), "a secret never given must not verify");

        // Past the overlap (real time: the row's end moved a day back, as a day passing would leave it),
        // only the new secret signs.
        try (Connection db = TestDatabase.connect("notification");
             PreparedStatement ps = db.prepareStatement(
                     "update webhook set secret_precedent_expire_le = secret_precedent_expire_le - interval '25 hours' where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            assertEquals(1, ps.executeUpdate());
        }
        Recu apres = recevoirUneLivraison();
        assertEquals(1, apres.entetes().get("webhook-signature").split(" ").length, apres.entetes().toString());
        JsonNode ensuite = verifier(apres, ancien, nouveau);
        assertFalse(ensuite.get(0).path("valide").asBoolean(), "old secret after the overlap: " + ensuite.get(0));
        assertTrue(ensuite.get(1).path("valide").asBoolean(), "new secret after the overlap: " + ensuite.get(1));
    }

    @Test
    void unCycleEntierEnEchecDesactiveLePointPrevientSonProprietaireEtLaReprisePuisLeRejeuLivrent() throws Exception {
        enPanne.set(true);
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = creer(partenaire).jsonPath().getString("id");
        String eventId = envoyer();

        MimeMessage avis = Courriels.unSeul(partenaire + "@exemple.fr");
        assertThat(Courriels.sujet(avis), containsString("point de terminaison webhook a été désactivé"));
        assertThat(Courriels.texte(avis), containsString("/api/v1/webhooks/" + id + "/reactivation"));
        // The whole compressed schedule was spent: three attempts, waits of at least 200 ms then 400 ms
        // less the kit's tenth of jitter.
        List<Recu> essais = pour(eventId);
        assertEquals(3, essais.size(), "attempts before the endpoint is disabled");
        assertThat(Duration.between(essais.get(0).recuLe(), essais.get(1).recuLe()).toMillis(), greaterThanOrEqualTo(180L));
        assertThat(Duration.between(essais.get(1).recuLe(), essais.get(2).recuLe()).toMillis(), greaterThanOrEqualTo(360L));
        String livraison = given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks/" + id + "/livraisons")
                .then().statusCode(200)
                .body("elements[0].statut", equalTo("ECHEC"))
                .body("elements[0].tentatives", equalTo(3))
                .body("elements[0].dernierCodeHttp", equalTo(503))
                .extract().jsonPath().getString("elements[0].id");
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks").then().statusCode(200)
                .body("elements.find { it.id == '" + id + "' }.actif", is(false));

        String rejeu = "/api/v1/webhooks/" + id + "/livraisons/" + livraison + "/rejeu";
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().post(rejeu).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("réactivez"));
        String autre = "partenaire-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forUser(autre, "partenaire"))
                .when().post("/api/v1/webhooks/" + id + "/reactivation").then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(autre, "partenaire"))
                .when().post(rejeu).then().statusCode(404);
        given().when().post("/api/v1/webhooks/" + id + "/reactivation").then().statusCode(401);

        enPanne.set(false);
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().post("/api/v1/webhooks/" + id + "/reactivation")
                .then().statusCode(200).body("actif", is(true)).body("desactiveLe", nullValue())
                .body("echecsConsecutifs", equalTo(0));
        // Another partner's delivery under one's own endpoint id is no more visible than an unknown one.
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().post("/api/v1/webhooks/" + id + "/livraisons/" + UUID.randomUUID() + "/rejeu")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().post(rejeu).then().statusCode(202).body("statut", equalTo("EN_ATTENTE"))
                .body("tentatives", equalTo(0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                        .when().get("/api/v1/webhooks/" + id + "/livraisons")
                        .then().statusCode(200)
                        .body("elements.find { it.id == '" + livraison + "' }.statut", equalTo("LIVREE"))
                        .body("elements.find { it.id == '" + livraison + "' }.tentatives", equalTo(1))
                        .body("elements.find { it.id == '" + livraison + "' }.dernierCodeHttp", equalTo(204)));
        assertEquals(4, pour(eventId).size(), "the replay is one more request with the same event");
        assertEquals(essais.get(0).entetes().get("webhook-id"), pour(eventId).get(3).entetes().get("webhook-id"),
                "a replay keeps the message id, so the receiver can tell a duplicate");
    }

    @Test
    void unEchecDeCycleNeDesactivePasUnPointQuiALivreEntreTemps() throws Exception {
        // The business clock drives the schedule: pinned, a failed delivery waits until it is moved.
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.pinTo(t);
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = creer(partenaire).jsonPath().getString("id");
        String premier = UUID.randomUUID().toString();
        refuses.add(premier);
        envoyer(premier);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pour(premier).size() == 1);
        // Meanwhile another delivery to the same endpoint succeeds.
        clock.pinTo(t.plusMillis(100));
        String second = UUID.randomUUID().toString();
        envoyer(second);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pour(second).size() == 1);
        // The first one's remaining attempts fail.
        clock.pinTo(t.plusSeconds(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pour(premier).size() == 2);
        clock.pinTo(t.plusSeconds(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                        .when().get("/api/v1/webhooks/" + id + "/livraisons")
                        .then().statusCode(200)
                        .body("elements.find { it.evenementId == '" + premier + "' }.statut", equalTo("ECHEC"))
                        .body("elements.find { it.evenementId == '" + premier + "' }.tentatives", equalTo(3)));
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks").then().statusCode(200)
                .body("elements.find { it.id == '" + id + "' }.actif", is(true));
    }

    private Response creer(String partenaire) {
        return given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/partenaire",
                        "types", List.of("decision.rendue")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().response();
    }

    private String envoyer() {
        return envoyer(UUID.randomUUID().toString());
    }

    private String envoyer(String eventId) {
        String candidature = UUID.randomUUID().toString();
        return Evenements.envoyer("decision.rendue", candidature, eventId, Evenements.exemple("decision.rendue",
                candidature, "porteur-f", "fiables-" + candidature.substring(0, 8) + "@exemple.fr"));
    }

    private Recu recevoirUneLivraison() {
        String eventId = envoyer();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !pour(eventId).isEmpty());
        return pour(eventId).get(0);
    }

    private List<Recu> pour(String eventId) {
        return recus.stream().filter(r -> r.corps().contains(eventId)).toList();
    }

    private static JsonNode verifier(Recu recu, String... secrets) throws Exception {
        ArrayNode items = VerificateurStandardWebhooks.MAPPER.createArrayNode();
        for (String s : secrets) {
            items.add(VerificateurStandardWebhooks.livraison(s, recu.entetes(), recu.corps()));
        }
        return VerificateurStandardWebhooks.verifier(items);
    }

    /** The stored columns: clear secret, encrypted secret, encrypted previous secret. */
    private static String[] lireSecrets(String id) throws Exception {
        try (Connection c = TestDatabase.connect(Evenements.BASE);
             PreparedStatement ps = c.prepareStatement(
                     "select secret, secret_chiffre, secret_precedent_chiffre from webhook where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "webhook " + id + " in the database");
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }
}
