package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Partners get the partner view of each event and nothing else: subscribing to a type the
 * catalogue keeps internal is a 422 naming the field and the type; a delivery carries only the
 * view's fields (no contact, no motive); a subscription made before a type was closed receives
 * nothing of it; a body queued with the internal data is refused before it leaves.
 */
@QuarkusTest
class VuesPartenairesWebhooksTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpServer recepteur;
    private final List<String> recus = new CopyOnWriteArrayList<>();

    @BeforeEach
    void demarrerRecepteur() throws Exception {
        recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recepteur.createContext("/vues", ex -> {
            recus.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        recepteur.start();
    }

    @AfterEach
    void arreterRecepteur() {
        recepteur.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/vues";
    }

    @Test
    void sAbonnerAUnTypeFermeAuxPartenairesEst422EnNommantLeChampEtLeType() {
        String partenaire = "partenaire-" + UUID.randomUUID();
        for (String role : List.of("partenaire", "admin")) {
            given().auth().oauth2(TestTokens.forUser(partenaire, role))
                    .contentType("application/json")
                    .body(Map.of("url", url(), "types",
                            List.of("decision.rendue", "corrections.demandees", "candidature.irrecevable")))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", containsString("type-non-ouvert-aux-partenaires"))
                    .body("detail", containsString("corrections.demandees"))
                    .body("violations.champ", equalTo(List.of("types[1]", "types[2]")))
                    .body("violations[0].message", containsString("non ouvert aux partenaires : corrections.demandees"))
                    .body("violations[1].message", containsString("candidature.irrecevable"))
                    .body("violations[0].message", containsString("decision.rendue"));
        }
        // Nothing half-made: no endpoint was recorded.
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().get("/api/v1/webhooks")
                .then().statusCode(200).body("elements", empty());
    }

    @Test
    void uneLivraisonNePorteQueLaVuePartenaireSansContactNiMotif() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = abonner(partenaire, List.of("laureat.phase2.selectionne", "decision.rendue"));
        String candidature = UUID.randomUUID().toString();
        String courriel = "vue-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode selection = Evenements.exemple("laureat.phase2.selectionne", candidature, "porteur-v", courriel);
        ObjectNode contact = (ObjectNode) selection.path("contact");
        contact.put("nom", "Jeanne Secrète").put("email", courriel).put("telephone", "06 12 34 56 78");
        ObjectNode decision = Evenements.exemple("decision.rendue", candidature, "porteur-v", courriel);
        decision.put("decision", "NON_RETENU").put("motivation", "Motivation confidentielle du refus");
        String e1 = Evenements.envoyer("laureat.phase2.selectionne", candidature, selection);
        String e2 = Evenements.envoyer("decision.rendue", candidature, decision);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pour(e1) != null && pour(e2) != null);
            for (String corps : List.of(pour(e1), pour(e2))) {
                assertThat(corps, not(containsString("@")));
                assertThat(corps, not(containsString("Jeanne Secrète")));
                assertThat(corps, not(containsString("06 12 34 56 78")));
                assertThat(corps, not(containsString("confidentielle")));
                assertThat(corps, not(containsString("porteur-v")));
            }
            JsonNode laureat = MAPPER.readTree(pour(e1)).path("data");
            assertThat(champs(laureat), equalTo(new TreeSet<>(Set.of("candidatureId", "numero", "campagneId", "siret",
                    "raisonSociale", "montantCentimes", "dureeMois", "rang", "selectionneLe", "region",
                    "budgetProjetCentimes"))));
            assertThat(laureat.path("siret").asText(), equalTo(selection.path("siret").asText()));
            assertThat(laureat.path("montantCentimes").asLong(), equalTo(selection.path("montantCentimes").asLong()));
            JsonNode nonRetenu = MAPPER.readTree(pour(e2)).path("data");
            assertThat(nonRetenu.path("decision").asText(), equalTo("NON_RETENU"));
            assertThat(champs(nonRetenu), not(hasItems("motivation", "decideur", "contactEmail", "porteurSub")));
        } finally {
            supprimer(partenaire, id);
        }
    }

    @Test
    void unAbonnementAnterieurAUnTypeDevenuFermeNeLeRecoitPas() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = abonner(partenaire, List.of("decision.rendue"));
        // As stored before the partner views: a type now closed, next to an open one.
        executer("update webhook set types = 'corrections.demandees,decision.rendue' where id = ?", UUID.fromString(id));
        try {
            String candidature = UUID.randomUUID().toString();
            String eventId = Evenements.envoyer("corrections.demandees", candidature, Evenements.exemple(
                    "corrections.demandees", candidature, "porteur-f", "ferme-" + candidature.substring(0, 8) + "@exemple.fr"));
            Evenements.attendreTraite(eventId);
            assertThat(statuts(id, eventId), is(empty()));
            String ouvert = Evenements.envoyer("decision.rendue", candidature, Evenements.exemple(
                    "decision.rendue", candidature, "porteur-f", "ferme-" + candidature.substring(0, 8) + "@exemple.fr"));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pour(ouvert) != null);
            assertThat(pour(eventId), is((String) null));
        } finally {
            supprimer(partenaire, id);
        }
    }

    @Test
    void uneLivraisonEnAttenteAvecLesDonneesInternesEstRefuseeAvantEnvoi() throws Exception {
        String partenaire = "partenaire-" + UUID.randomUUID();
        String id = abonner(partenaire, List.of("decision.rendue"));
        String candidature = UUID.randomUUID().toString();
        ObjectNode interne = Evenements.exemple("decision.rendue", candidature, "porteur-a",
                "ancien-" + candidature.substring(0, 8) + "@exemple.fr");
        String eventId = UUID.randomUUID().toString();
        ObjectNode ce = MAPPER.createObjectNode().put("specversion", "1.0").put("id", eventId)
                .put("source", "/ptce/test").put("type", "fr.gouv.ptce.decision.rendue.v1")
                .put("datacontenttype", "application/json");
        ce.set("data", interne);
        // A delivery queued by a version that sent the internal data as it came.
        executer("""
                insert into livraison (id, webhook_id, evenement_id, type_evenement, corps, statut, tentatives,
                    prochaine_tentative, creee_le) values (gen_random_uuid(), ?, ?, 'decision.rendue', ?, 'EN_ATTENTE', 0, ?, ?)""",
                UUID.fromString(id), eventId, MAPPER.writeValueAsString(ce), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                            .when().get("/api/v1/webhooks/" + id + "/livraisons")
                            .then().statusCode(200)
                            .body("elements.find { it.evenementId == '" + eventId + "' }.statut", equalTo("ECHEC"))
                            .body("elements.find { it.evenementId == '" + eventId + "' }.derniereErreur",
                                    containsString("vue partenaire de decision.rendue")));
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .when().get("/api/v1/webhooks/" + id + "/livraisons")
                    .then().body("elements.find { it.evenementId == '" + eventId + "' }.derniereErreur",
                            allOf(containsString("contactEmail"), not(containsString("@"))))
                    .body("elements.find { it.evenementId == '" + eventId + "' }.tentatives", equalTo(0));
            assertThat(pour(eventId), is((String) null));
            // The endpoint is not at fault: it stays active with no failure counted.
            given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                    .when().get("/api/v1/webhooks")
                    .then().body("elements.find { it.id == '" + id + "' }.actif", is(true));
        } finally {
            supprimer(partenaire, id);
        }
    }

    private static org.hamcrest.Matcher<String> allOf(org.hamcrest.Matcher<? super String> a,
                                                      org.hamcrest.Matcher<? super String> b) {
        return org.hamcrest.Matchers.allOf(a, b);
    }

    private String abonner(String partenaire, List<String> types) {
        return given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", url(), "types", types))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static void supprimer(String partenaire, String id) {
        given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    private String pour(String eventId) {
        return recus.stream().filter(c -> c.contains(eventId)).findFirst().orElse(null);
    }

    private static Set<String> champs(JsonNode data) {
        Set<String> out = new TreeSet<>();
        data.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> statuts(String webhookId, String eventId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(Evenements.BASE);
             PreparedStatement ps = c.prepareStatement(
                     "select statut from livraison where webhook_id = ? and evenement_id = ?")) {
            ps.setObject(1, UUID.fromString(webhookId));
            ps.setString(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void executer(String sql, Object... parametres) throws Exception {
        try (Connection c = TestDatabase.connect(Evenements.BASE); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                ps.setObject(i + 1, parametres[i]);
            }
            ps.executeUpdate();
        }
    }
}
