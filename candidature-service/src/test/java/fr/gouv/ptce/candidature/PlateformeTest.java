package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's shared HTTP rules, ownership, and the OpenAPI document a client builds from. */
@QuarkusTest
@Order(8)
class PlateformeTest {

    @Test
    void sansJeton401AvecUnAutreRole403() {
        given().get("/api/v1/candidatures").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.expired("p", "porteur")).get("/api/v1/candidatures").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("e", "evaluateur")).get("/api/v1/candidatures").then().statusCode(403)
                .contentType("application/problem+json");
        as(Fixtures.INSTRUCTEUR).body(Map.of("campagneId", java.util.UUID.randomUUID())).post("/api/v1/candidatures")
                .then().statusCode(403);
    }

    @Test
    void uneRequeteInvalideNommeLeChampFautifSansTrace() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        Map<String, Object> corps = Fixtures.contenu("123");
        corps.put("campagneId", campagne);
        corps.put("contact", Map.of("nom", "X", "email", "pas-une-adresse"));
        as(Fixtures.porteur()).body(corps).post("/api/v1/candidatures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem("contact.email"))
                .body("violations.champ", hasItem("structure.siret"));
        as(Fixtures.porteur()).body(Map.of("campagneId", campagne, "membres", List.of(Map.of("nom", "A", "type", "PAS_UN_TYPE"))))
                .post("/api/v1/candidatures").then().statusCode(400)
                .body("violations[0].champ", equalTo("membres[0].type"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unPorteurNAtteintJamaisLaCandidatureDUnAutre() {
        String proprietaire = Fixtures.porteur();
        String intrus = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(proprietaire, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        as(intrus).get("/api/v1/candidatures/" + id).then().statusCode(404);
        as(intrus).body(Fixtures.contenu(Fixtures.siret())).put("/api/v1/candidatures/" + id).then().statusCode(404);
        as(intrus).post("/api/v1/candidatures/" + id + "/depot").then().statusCode(404);
        as(intrus).body("{}").post("/api/v1/candidatures/" + id + "/retrait").then().statusCode(404);
        Fixtures.joindre(intrus, id, "AUTRE", "a.pdf", Fixtures.pdf()).then().statusCode(404);
        as(Fixtures.ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200);
        as(TestTokens.forUser("c", "comite")).get("/api/v1/candidatures/" + id).then().statusCode(200);
        as(proprietaire).get("/api/v1/candidatures/" + id).then().statusCode(200).body("statut", equalTo("BROUILLON"));
    }

    /**
     * The journey "empty draft → DEPOSEE" can be followed from the OpenAPI document alone: each step
     * is there with its body, its role and its answers.
     */
    @Test
    void leDocumentOpenApiDecritLeParcoursDuPorteur() {
        String texte = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try { // kept for reading by hand: target/openapi-candidature.json
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-candidature.json"), texte);
        } catch (java.io.IOException ignored) {
            // only a convenience
        }
        JsonPath doc = new JsonPath(texte);
        Map<String, Object> paths = doc.getMap("paths");
        for (String p : List.of("/api/v1/campagnes", "/api/v1/campagnes/{id}", "/api/v1/candidatures", "/api/v1/candidatures/{id}",
                "/api/v1/candidatures/{id}/pieces", "/api/v1/candidatures/{id}/pieces/{pieceId}",
                "/api/v1/candidatures/{id}/depot", "/api/v1/candidatures/{id}/retrait", "/api/v1/structures/{siret}/eligibilite")) {
            assertTrue(paths.containsKey(p), p + " absent du document OpenAPI");
        }
        // 1. create the draft: only campagneId required, Idempotency-Key documented
        List<String> requis = doc.getList("components.schemas.NouvelleCandidature.required");
        assertEquals(List.of("campagneId"), requis);
        assertTrue(doc.getList("paths.'/api/v1/candidatures'.post.parameters.name").contains("Idempotency-Key"));
        assertNotNull(doc.get("paths.'/api/v1/candidatures'.post.responses.'201'"));
        // 2. fill it in
        assertNotNull(doc.get("paths.'/api/v1/candidatures/{id}'.put.requestBody"));
        // 3. attach STATUTS and BUDGET as multipart (type + fichier)
        Map<String, Object> multipart = doc.getMap("paths.'/api/v1/candidatures/{id}/pieces'.post.requestBody.content.'multipart/form-data'.schema.properties");
        assertTrue(multipart.containsKey("type") && multipart.containsKey("fichier"), "formulaire multipart : " + multipart);
        // 4. submit: every answer documented
        Map<String, Object> reponses = doc.getMap("paths.'/api/v1/candidatures/{id}/depot'.post.responses");
        for (String code : List.of("200", "401", "403", "404", "409", "422")) {
            assertTrue(reponses.containsKey(code), "réponse " + code + " du dépôt");
        }
        // Roles and the bearer scheme are in the document.
        assertNotNull(doc.get("paths.'/api/v1/candidatures/{id}/depot'.post.security"));
        assertTrue(doc.getMap("components.securitySchemes").size() >= 1);
        List<String> statuts = doc.getList("components.schemas.StatutCandidature.enum");
        assertTrue(statuts.contains("DEPOSEE") && statuts.contains("CORRECTIONS_DEMANDEES"));
    }
}
