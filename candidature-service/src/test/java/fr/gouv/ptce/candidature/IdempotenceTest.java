package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@Order(7)
class IdempotenceTest {

    @Test
    void unePremiereReponseEstRejoueeALIdentique() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        Map<String, Object> corps = Fixtures.contenu(Fixtures.siret());
        corps.put("campagneId", campagne);
        String cle = UUID.randomUUID().toString();

        var premiere = as(porteur).header("Idempotency-Key", cle).body(corps).post("/api/v1/candidatures").then()
                .statusCode(201).extract();
        var seconde = as(porteur).header("Idempotency-Key", cle).body(corps).post("/api/v1/candidatures").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract();
        String id = premiere.path("id");
        assertEquals(id, seconde.path("id"));
        assertEquals(premiere.header("Location"), seconde.header("Location"));
        as(porteur).get("/api/v1/candidatures").then().body("elements.size()", equalTo(1));

        // The same key from another caller is another key.
        String autre = Fixtures.porteur();
        String idAutre = as(autre).header("Idempotency-Key", cle).body(corps).post("/api/v1/candidatures").then()
                .statusCode(201).extract().path("id");
        assertNotEquals(id, idAutre);

        Fixtures.joindre(porteur, id, "STATUTS", "s.pdf", Fixtures.pdf()).then().statusCode(201);
        Fixtures.joindre(porteur, id, "BUDGET", "b.pdf", Fixtures.pdf()).then().statusCode(201);
        String cleDepot = UUID.randomUUID().toString();
        String numero = as(porteur).header("Idempotency-Key", cleDepot).post("/api/v1/candidatures/" + id + "/depot")
                .then().statusCode(200).body("statut", equalTo("DEPOSEE")).extract().path("numero");
        as(porteur).header("Idempotency-Key", cleDepot).post("/api/v1/candidatures/" + id + "/depot")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("numero", equalTo(numero));
        // Without the key, the retry is a new request, refused by the status.
        as(porteur).post("/api/v1/candidatures/" + id + "/depot").then().statusCode(409);
        assertEquals(1, KafkaTestClient.readUntil("ptce.candidatures", Duration.ofSeconds(5), l -> false).stream()
                .filter(r -> "candidature.deposee".equals(r.fact()) && id.equals(r.key())).count());

        // A key reused for another operation is refused.
        as(porteur).header("Idempotency-Key", cle).post("/api/v1/candidatures/" + id + "/depot").then().statusCode(422)
                .body("code", equalTo("cle-idempotence-reutilisee"));
    }
}
