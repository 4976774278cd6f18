package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = {@ResourceArg(name = "database", value = "candidature"),
        @ResourceArg(name = "clamd-port", value = "ptce.candidature.antivirus.port")})
@Order(1)
class CampagneApiTest {

    @Test
    void unePhase2PublieeEmetToutesSesValeursEnCentimesAvecLEcheancierParDefaut() {
        Map<String, Object> corps = Fixtures.campagnePhase2("2023-06-01T00:00:00+02:00", "2023-07-31T12:00:00+02:00");
        String id = as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(201)
                .body("publiee", equalTo(false))
                .body("montantParLaureat", equalTo(100000.00f))
                .body("echeancier.size()", equalTo(2))
                .extract().path("id");
        as(ADMIN).post("/api/v1/campagnes/" + id + "/publication").then().statusCode(200).body("publiee", equalTo(true));

        List<KafkaTestClient.Received> recus = KafkaTestClient.await("ptce.campagnes", "campagne.publiee", "campagneId", id, 1,
                Duration.ofSeconds(20));
        assertEquals(1, recus.size());
        KafkaTestClient.Received r = recus.get(0);
        assertEquals(id, r.key());
        JsonNode d = r.data();
        assertTrue(EventCatalogue.problems("campagne.publiee", d).isEmpty(), () -> EventCatalogue.problems("campagne.publiee", d).toString());
        assertEquals(10_000_000L, d.get("montantParLaureatCentimes").asLong());
        assertEquals(150_000_000L, d.get("enveloppeCentimes").asLong());
        assertEquals(24, d.get("dureeMois").asInt());
        assertEquals("2023-07-31T10:00:00Z", d.get("cloture").asText());
        assertEquals("SIGNATURE", d.at("/echeancier/0/declencheur").asText());
        assertEquals(50, d.at("/echeancier/0/pourcentage").asInt());
        assertEquals(0, d.at("/echeancier/0/mois").asInt());
        assertEquals("RAPPORT_APPROUVE", d.at("/echeancier/1/declencheur").asText());
        assertEquals(12, d.at("/echeancier/1/mois").asInt());
        assertEquals("ACTIVITE_ANNEE_1", d.at("/echeancier/1/rapport").asText());
        assertEquals("ACTIVITE_ANNEE_1", d.at("/rapports/0/type").asText());
        assertEquals(12, d.at("/rapports/0/mois").asInt());
        assertEquals("FINANCIER_FINAL", d.at("/rapports/1/type").asText());
        assertEquals(30, d.at("/rapports/1/mois").asInt());
        assertEquals("ANCRAGE", d.at("/grille/0/code").asText());
        assertEquals(3, d.at("/grille/0/poids").asInt());

        // Published means frozen.
        as(ADMIN).post("/api/v1/campagnes/" + id + "/publication").then().statusCode(409);
        String etag = as(ADMIN).get("/api/v1/campagnes/" + id).then().statusCode(200).extract().header("ETag");
        as(ADMIN).header("If-Match", etag).body(corps).put("/api/v1/campagnes/" + id).then().statusCode(409);
    }

    @Test
    void unEcheancierEnMontantsEstPublieEnCentimes() {
        Map<String, Object> corps = Fixtures.campagnePhase2("2024-06-01T00:00:00+02:00", "2024-07-31T12:00:00+02:00");
        corps.put("echeancier", List.of(
                Map.of("ordre", 1, "montant", 30000.00, "declencheur", "SIGNATURE", "mois", 0),
                Map.of("ordre", 2, "montant", 70000.00, "declencheur", "DATE", "mois", 18)));
        String id = Fixtures.campagnePubliee(corps);
        JsonNode d = KafkaTestClient.await("ptce.campagnes", "campagne.publiee", "campagneId", id, 1, Duration.ofSeconds(20))
                .get(0).data();
        assertEquals(3_000_000L, d.at("/echeancier/0/montantCentimes").asLong());
        assertEquals(7_000_000L, d.at("/echeancier/1/montantCentimes").asLong());
        assertTrue(EventCatalogue.problems("campagne.publiee", d).isEmpty());
    }

    @Test
    void desParametresIncoherentsSontRefusesEnNommantChaqueChamp() {
        Map<String, Object> corps = Fixtures.campagnePhase2("2023-07-31T12:00:00+02:00", "2023-06-01T00:00:00+02:00");
        corps.put("enveloppe", 1000000.00); // 15 × 100 000 > 1 000 000
        corps.put("echeancier", List.of(Map.of("ordre", 1, "pourcentage", 60, "declencheur", "SIGNATURE", "mois", 0),
                Map.of("ordre", 2, "pourcentage", 30, "declencheur", "DATE", "mois", 12)));
        corps.put("grille", List.of(Map.of("code", "A", "libelle", "A", "poids", 0)));
        as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItems("cloture", "enveloppe", "echeancier", "grille[0].poids"));
    }

    @Test
    void laClotureDePhase1EstLaFinDuJourAParis() {
        Map<String, Object> corps = Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2023-12-31T09:00:00+01:00");
        as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(201)
                .body("finDepot", equalTo("2024-01-01T00:00:00+01:00"))
                .body("dernierInstantDepot", equalTo("2023-12-31T23:59:59.999+01:00"));
    }

    @Test
    void toutRoleAuthentifieListeLesCampagnesPublieesEtSansJetonC401() {
        String publiee = Fixtures.campagnePhase1Ouverte();
        String nonPubliee = as(ADMIN).body(Fixtures.campagnePhase1("2020-01-01T00:00:00+01:00", "2099-01-01T00:00:00+01:00"))
                .post("/api/v1/campagnes").then().statusCode(201).extract().path("id");
        for (String role : List.of("porteur", "instructeur", "evaluateur", "comite", "gestionnaire", "partenaire")) {
            String token = fr.gouv.ptce.commons.testing.TestTokens.forUser("u-" + role, role);
            given().auth().oauth2(token).get("/api/v1/campagnes?taille=100").then().statusCode(200);
        }
        String porteur = Fixtures.porteur();
        given().auth().oauth2(porteur).get("/api/v1/campagnes/" + publiee).then().statusCode(200).body("ouverte", equalTo(true));
        given().auth().oauth2(porteur).get("/api/v1/campagnes/" + nonPubliee).then().statusCode(404);
        given().get("/api/v1/campagnes").then().statusCode(401).contentType("application/problem+json");
        // Walk every page: the unpublished one never shows to a porteur, the published one does.
        List<String> vus = new java.util.ArrayList<>();
        String curseur = null;
        do {
            var rep = given().auth().oauth2(porteur).queryParam("taille", 2)
                    .queryParam("curseur", curseur == null ? "" : curseur).get("/api/v1/campagnes").then().statusCode(200)
                    .extract();
            vus.addAll(rep.path("elements.id"));
            curseur = rep.path("curseurSuivant");
        } while (curseur != null);
        assertTrue(vus.contains(publiee));
        assertTrue(!vus.contains(nonPubliee));
    }

    @Test
    void seulLAdminCreeUneCampagne() {
        as(Fixtures.porteur()).body(Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2023-12-31T00:00:00+01:00"))
                .post("/api/v1/campagnes").then().statusCode(403).contentType("application/problem+json");
        as(ADMIN).body(Map.of("libelle", "x")).post("/api/v1/campagnes").then().statusCode(400)
                .body("violations.champ", hasItems("code", "phase", "ouverture", "cloture"))
                .body("violations.champ", not(hasItem("libelle")));
    }
}
