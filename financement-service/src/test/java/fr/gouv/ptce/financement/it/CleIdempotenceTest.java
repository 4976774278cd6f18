package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.idempotence.PurgeIdempotence;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Idempotency-Key on a POST that acts (the HTTP layer's, ptce-commons idempotence.CleIdempotenceFilter):
 * the gestionnaire's front end lost the answer to « sign » and sends it again with the same key.
 */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "financement"))
class CleIdempotenceTest {

    @Inject
    PurgeIdempotence purge;

    @Test
    void uneSignatureRejoueeAvecLaMemeCleRendLaPremiereReponseSansSignerDeuxFois() throws Exception {
        UUID campagne = campagne(150_000_000L);
        ObjectNode sel = selection(campagne, "porteur-idem");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        String cle = UUID.randomUUID().toString();

        // a failed attempt is not kept: the retry with the same key runs afresh
        given().auth().oauth2(gestionnaire()).header("Idempotency-Key", cle).contentType("application/json")
                .body(Map.of("dateSignature", "2999-01-01"))
                .post("/api/v1/conventions/{id}/signature", id).then().statusCode(400);

        Response premiere = given().auth().oauth2(gestionnaire()).header("Idempotency-Key", cle).contentType("application/json")
                .body(Map.of("dateSignature", "2024-01-15")).post("/api/v1/conventions/{id}/signature", id);
        premiere.then().statusCode(200).body("statut", equalTo("SIGNEE"));
        assertNull(premiere.header("Idempotent-Replayed"));

        Response rejouee = given().auth().oauth2(gestionnaire()).header("Idempotency-Key", cle).contentType("application/json")
                .body(Map.of("dateSignature", "2024-01-15")).post("/api/v1/conventions/{id}/signature", id);
        rejouee.then().statusCode(200).header("Idempotent-Replayed", "true").contentType("application/json");
        assertEquals(premiere.jsonPath().getString("signeeLe"), rejouee.jsonPath().getString("signeeLe"));
        assertEquals(premiere.jsonPath().getList("echeances.statut"), rejouee.jsonPath().getList("echeances.statut"));

        // without the key, the same action is refused by the life cycle: the replay did not sign twice
        given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", "2024-01-15"))
                .post("/api/v1/conventions/{id}/signature", id).then().statusCode(409);
        given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}/historique", id).then().statusCode(200)
                .body("findAll { it.action == 'SIGNATURE' }.size()", equalTo(1));

        // the key cannot serve another operation
        given().auth().oauth2(gestionnaire()).header("Idempotency-Key", cle).contentType("application/json")
                .body(Map.of("motif", "Erreur", "montantReversement", 0))
                .post("/api/v1/conventions/{id}/resiliation", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("cle-idempotence-reutilisee"))
                .body("violations[0].champ", equalTo("Idempotency-Key"));
        given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}", id).then().body("statut", equalTo("SIGNEE"));

        // a key longer than 200 characters is named
        given().auth().oauth2(gestionnaire()).header("Idempotency-Key", "k".repeat(201)).contentType("application/json")
                .body(Map.of("motif", "Erreur", "montantReversement", 0))
                .post("/api/v1/conventions/{id}/resiliation", id)
                .then().statusCode(400).body("violations[0].champ", equalTo("Idempotency-Key"));

        // a day later the key and the answer it kept are gone
        try (Connection db = TestDatabase.connect("financement")) {
            db.createStatement().executeUpdate("update idempotence set creee_le = creee_le - interval '25 hours' where cle = '" + cle + "'");
            purge.purger();
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from idempotence where cle = '" + cle + "'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
