package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Drives the service as the other services and its users do: events on Kafka, calls with real tokens. */
final class Scenario {

    static final String GESTIONNAIRE = "gestionnaire-1";
    private static final AtomicInteger NUMEROS = new AtomicInteger(100);

    private Scenario() {
    }

    static String gestionnaire() {
        return TestTokens.forUser(GESTIONNAIRE, "gestionnaire");
    }

    static String porteur(String sub) {
        return TestTokens.forUser(sub, "porteur");
    }

    /** Publishes a phase-2 campaign (the catalogue's example, default schedule) and waits for its envelope. */
    static UUID campagne(long enveloppeCentimes) {
        return campagne(UUID.randomUUID(), enveloppeCentimes);
    }

    /** The same, for a campaign whose id is already known (an event about it arrived first). */
    static UUID campagne(UUID id, long enveloppeCentimes) {
        ObjectNode data = (ObjectNode) EventCatalogue.example("campagne.publiee").deepCopy();
        data.putArray("echeancier");
        data.putArray("rapports");
        return publier(id, enveloppeCentimes, data);
    }

    /**
     * A campaign whose agreements are paid in one instalment at signature and expect one final
     * report due at once: paying that instalment and approving that report complete the agreement
     * (SOLDEE).
     */
    static UUID campagneEnUnVersement(long enveloppeCentimes) {
        ObjectNode data = (ObjectNode) EventCatalogue.example("campagne.publiee").deepCopy();
        ObjectNode ligne = data.putArray("echeancier").addObject();
        ligne.put("ordre", 1).put("pourcentage", 100).putNull("montantCentimes").put("declencheur", "SIGNATURE")
                .put("mois", 0).putNull("rapport");
        data.putArray("rapports").addObject().put("type", "FINANCIER_FINAL").put("mois", 0);
        return publier(UUID.randomUUID(), enveloppeCentimes, data);
    }

    private static UUID publier(UUID id, long enveloppeCentimes, ObjectNode data) {
        data.put("campagneId", id.toString());
        data.put("code", "PTCE-TEST-" + id.toString().substring(0, 8));
        data.put("enveloppeCentimes", enveloppeCentimes);
        KafkaTestClient.send("ptce.campagnes", id.toString(), "campagne.publiee", data);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(gestionnaire())
                .get("/api/v1/campagnes/{id}/enveloppe", id).statusCode() == 200);
        return id;
    }

    /** A phase-2 selection for {@code porteurSub} in the campaign (the catalogue's example, new ids). */
    static ObjectNode selection(UUID campagneId, String porteurSub) {
        ObjectNode data = (ObjectNode) EventCatalogue.example("laureat.phase2.selectionne").deepCopy();
        data.put("candidatureId", UUID.randomUUID().toString());
        data.put("numero", String.format("PTCE-2023-P2-%05d", NUMEROS.incrementAndGet()));
        data.put("campagneId", campagneId.toString());
        data.put("porteurSub", porteurSub);
        return data;
    }

    /** Sends the selection keyed by campaign: selections of one campaign keep their order on the topic. */
    static String envoyer(ObjectNode selection) {
        return KafkaTestClient.send("ptce.decisions", selection.path("campagneId").asText(),
                "laureat.phase2.selectionne", selection);
    }

    static JsonPath attendreConvention(String candidatureId, String campagneId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> conventions(campagneId).stream()
                .anyMatch(c -> c.equals(candidatureId)));
        List<String> ids = given().auth().oauth2(gestionnaire()).queryParam("campagne", campagneId)
                .queryParam("taille", 100).get("/api/v1/conventions").jsonPath()
                .getList("elements.findAll { it.candidatureId == '" + candidatureId + "' }.id");
        return convention(ids.get(0));
    }

    static JsonPath convention(String id) {
        return exact(given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}", id)
                .then().statusCode(200).extract().jsonPath());
    }

    /** candidatureIds of the campaign's agreements. */
    static List<String> conventions(String campagneId) {
        return given().auth().oauth2(gestionnaire()).queryParam("campagne", campagneId).queryParam("taille", 100)
                .get("/api/v1/conventions").then().statusCode(200).extract().jsonPath()
                .getList("elements.candidatureId");
    }

    static JsonPath enveloppe(UUID campagneId) {
        return exact(given().auth().oauth2(gestionnaire()).get("/api/v1/campagnes/{id}/enveloppe", campagneId)
                .then().statusCode(200).extract().jsonPath());
    }

    /** Reads JSON numbers as BigDecimal, so that 50000.00 is checked to the cent, scale included. */
    static JsonPath exact(JsonPath json) {
        return json.using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
