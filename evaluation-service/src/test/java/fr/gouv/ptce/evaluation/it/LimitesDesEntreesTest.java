package fr.gouv.ptce.evaluation.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.evaluateur;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The limits the OpenAPI document publishes for inputs are enforced: one past is a 400 naming the field. */
@QuarkusTest
class LimitesDesEntreesTest {

    @Test
    void unCodeDeCritereTropLongEstRefuseAvantToutEffet() {
        Map<String, Object> notation = Map.of("notes", List.of(Map.of("critere", "C".repeat(51), "note", 3)));
        evaluateur("evaluateur-limites").body(notation).put("/api/v1/evaluations/" + UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem("notes[0].critere"))
                .body(not(containsString("Exception")));
    }

    @Test
    void uneTailleDePageHorsDesBornesPublieesEstRefusee() {
        evaluateur("evaluateur-limites").queryParam("taille", 101).get("/api/v1/evaluations")
                .then().statusCode(400)
                .body("violations.champ", hasItem("taille"));
    }
}
