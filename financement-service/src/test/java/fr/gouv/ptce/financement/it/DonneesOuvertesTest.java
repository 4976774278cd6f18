package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22: the grants published to the SCDL « Subventions » format — one line per signed agreement,
 * the schema's columns in its order, public and cacheable; money per edition and région for partners.
 */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "financement"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DonneesOuvertesTest {

    static final List<String> COLONNES_SCDL = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention");

    @Inject
    AdjustableClock clock;

    @AfterEach
    void horlogeNormale() {
        clock.reset();
    }

    private static String siret() {
        return "9" + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    @Test
    @Order(1)
    void uneConventionSigneeEstPublieeAuFormatScdlEtUneConventionNonSigneeNonLEstPas() {
        clock.pinTo(Instant.parse("2024-01-15T09:00:00Z"));
        UUID campagne = campagne(150_000_000L);
        String region = "Région d'essai " + UUID.randomUUID().toString().substring(0, 8);

        String siretSigne = siret();
        ObjectNode signee = selection(campagne, "porteur-od-1");
        signee.put("siret", siretSigne).put("raisonSociale", "Pôle du Val, Scic").put("region", region)
                .put("budgetProjetCentimes", 25_000_000L);
        envoyer(signee);
        JsonPath c = attendreConvention(signee.path("candidatureId").asText(), campagne.toString());
        given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", "2024-01-15"))
                .post("/api/v1/conventions/{id}/signature", c.getString("id")).then().statusCode(200);

        String siretNonSigne = siret();
        ObjectNode aSigner = selection(campagne, "porteur-od-2");
        aSigner.put("siret", siretNonSigne).put("region", region);
        aSigner.remove("budgetProjetCentimes");
        envoyer(aSigner);
        attendreConvention(aSigner.path("candidatureId").asText(), campagne.toString());

        // JSON: the schema's fields, nothing else (no contact, no porteur), typed as the schema says.
        Response json = given().get("/api/v1/opendata/subventions.json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").extract().response();
        List<Map<String, Object>> lignes = json.jsonPath().getList("findAll { it.idBeneficiaire == '" + siretSigne + "' }");
        assertEquals(1, lignes.size());
        assertEquals(COLONNES_SCDL, List.copyOf(lignes.get(0).keySet()), "les champs du schéma, dans son ordre");
        JsonPath l = Scenario.exact(json.jsonPath().setRootPath("find { it.idBeneficiaire == '" + siretSigne + "' }"));
        assertEquals("Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", l.getString("nomAttribuant"));
        assertEquals("11000000000003", l.getString("idAttribuant"));
        assertEquals("2024-01-15", l.getString("dateConvention"));
        assertEquals(signee.path("numero").asText(), l.getString("referenceDecision"));
        assertEquals("Pôle du Val, Scic", l.getString("nomBeneficiaire"));
        assertTrue(l.getString("objet").startsWith("Soutien au pôle territorial de coopération économique Pôle du Val, Scic"));
        assertTrue(l.getString("objet").length() < 256);
        assertEquals(new BigDecimal("100000.00"), l.get("montant"));
        assertEquals("aide en numéraire", l.getString("nature"));
        assertEquals("échelonné", l.getString("conditionsVersement"));
        assertEquals("2024-01-15/2025-01-15", l.getString("datesPeriodeVersement"));
        assertEquals("non", l.getString("notificationUE"));
        assertEquals(new BigDecimal("0.4000"), l.get("pourcentageSubvention"), "100 000 € sur un budget de 250 000 €");
        assertTrue(json.jsonPath().getList("findAll { it.idBeneficiaire == '" + siretNonSigne + "' }").isEmpty(),
                "une convention à signer n'est pas publiée");

        // CSV: UTF-8 without BOM, comma-separated, the schema's header, the same line.
        Response csv = given().get("/api/v1/opendata/subventions.csv").then().statusCode(200)
                .contentType("text/csv").extract().response();
        String[] texte = new String(csv.asByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", COLONNES_SCDL), texte[0]);
        String ligne = List.of(texte).stream().filter(t -> t.contains(siretSigne)).findFirst().orElseThrow();
        assertEquals("\"Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique\","
                + "11000000000003,2024-01-15," + signee.path("numero").asText() + ",\"Pôle du Val, Scic\"," + siretSigne
                + ",\"" + l.getString("objet") + "\",100000.00,aide en numéraire,échelonné,2024-01-15/2025-01-15,,non,0.4000", ligne);
        assertFalse(List.of(texte).stream().anyMatch(t -> t.contains(siretNonSigne)));

        // Cached: the same bytes revalidate for nothing.
        String etag = csv.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).get("/api/v1/opendata/subventions.csv").then().statusCode(304);

        // Money per edition (the campaign opened on 1 June 2023, Paris) and région: partners and staff only.
        given().get("/api/v1/opendata/subventions/statistiques").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("porteur-od-1", "porteur")).get("/api/v1/opendata/subventions/statistiques")
                .then().statusCode(403);
        JsonPath stats = Scenario.exact(given().auth().oauth2(TestTokens.forUser("partenaire-od", "partenaire"))
                .queryParam("region", region).get("/api/v1/opendata/subventions/statistiques")
                .then().statusCode(200).extract().jsonPath());
        assertEquals(List.of(2023), stats.getList("edition"));
        assertEquals(List.of(1), stats.getList("conventionsSignees"));
        assertEquals(List.of(new BigDecimal("100000.00")), stats.getList("montantAccorde"));
        assertEquals(List.of(new BigDecimal("0.00")), stats.getList("montantPaye"));
        given().auth().oauth2(TestTokens.forUser("partenaire-od", "partenaire")).queryParam("edition", "1999")
                .get("/api/v1/opendata/subventions/statistiques").then().statusCode(400);
    }

    @Test
    @Order(2) // last: it empties this address's bucket
    void unClientQuiDepasseLaLimiteAttendSonTour() {
        // The test profile allows 30 requests a minute per address; the bucket is in PostgreSQL.
        int trop = 0;
        String retry = null;
        for (int i = 0; i < 40 && trop == 0; i++) {
            Response r = given().get("/api/v1/opendata/subventions.json");
            if (r.statusCode() == 429) {
                trop++;
                retry = r.header("Retry-After");
                assertEquals("application/problem+json", r.contentType());
            } else {
                assertEquals(200, r.statusCode());
            }
        }
        assertEquals(1, trop, "la limite par adresse finit par répondre 429");
        assertNotNull(retry);
    }

    @Test
    @Order(3)
    void derriereLaPasserelleChaqueClientASonBudgetEtNePeutPasLeChoisir() {
        // The test client is a trusted proxy here (test profile): the address it forwards is the client.
        String client = "203.0.113." + (10 + new java.util.Random().nextInt(200));
        int refus = 0;
        for (int i = 0; i < 40 && refus == 0; i++) {
            int statut = given().header("X-Forwarded-For", "198.51.100.9, " + client)
                    .get("/api/v1/opendata/subventions.json").statusCode();
            if (statut == 429) {
                refus++;
            } else {
                assertEquals(200, statut);
            }
        }
        assertEquals(1, refus, "le client transmis par le proxy a son propre budget, et l'épuise");
        // Writing another address left of it changes nothing: only the proxy's own entry is believed.
        given().header("X-Forwarded-For", "198.51.100.77, " + client).get("/api/v1/opendata/subventions.json")
                .then().statusCode(429);
        // Another client behind the same proxy keeps its own budget (and this address's own was spent by Order 2).
        given().header("X-Forwarded-For", "198.51.100.78").get("/api/v1/opendata/subventions.json")
                .then().statusCode(200);
    }
}
