package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A caller without valid credentials learns nothing but 401, whatever the Content-Type or Accept it
 * sends: Quarkus decides 405/406/415 before it checks the caller, so ptce-commons checks first.
 */
@QuarkusTest
class AuthentificationAvantFormatsTest {

    private static Map<String, Supplier<RequestSpecification>> nonAuthentifies() {
        Map<String, Supplier<RequestSpecification>> m = new LinkedHashMap<>();
        m.put("sans jeton", () -> given());
        m.put("jeton signé par une autre clé", () -> given().auth().oauth2(TestTokens.signedByForeignKey("a1", "admin")));
        m.put("jeton expiré", () -> given().auth().oauth2(TestTokens.expired("a1", "admin")));
        return m;
    }

    @Test
    void unTypeDeContenuRefuseNeRepondPasAvantLAuthentification() {
        nonAuthentifies().forEach((qui, appel) -> {
            appel.get().contentType("application/json").body("{}")
                    .when().post("/api/v1/essais-formats/42/import")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("title", equalTo("Authentification requise"));
            // JSON operations too: text sent to an operation that takes JSON.
            appel.get().contentType("text/plain").body("bonjour")
                    .when().post("/api/v1/essais")
                    .then().statusCode(401).contentType("application/problem+json");
        });
    }

    @Test
    void unFormatDeReponseIndisponibleNeRepondPasAvantLAuthentification() {
        nonAuthentifies().forEach((qui, appel) -> {
            appel.get().accept("application/json").when().get("/api/v1/essais-formats/export")
                    .then().statusCode(401).contentType("application/problem+json");
            appel.get().accept("application/xml").when().get("/api/v1/essais-formats/moi")
                    .then().statusCode(401).contentType("application/problem+json");
        });
    }

    @Test
    void uneMethodeNonAdmiseNeRepondPasAvantLAuthentification() {
        nonAuthentifies().forEach((qui, appel) -> appel.get().when().delete("/api/v1/essais-formats/export")
                .then().statusCode(401).contentType("application/problem+json"));
    }

    @Test
    void unRoleNonAdmisApprend403EtNonLeFormat() {
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).contentType("application/json").body("{}")
                .when().post("/api/v1/essais-formats/42/import")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).accept("application/json")
                .when().get("/api/v1/essais-formats/export")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unAppelantAdmisApprendLeFormatAttendu() {
        String admin = TestTokens.forUser("a1", "admin");
        given().auth().oauth2(admin).contentType("application/json").body("{}")
                .when().post("/api/v1/essais-formats/42/import")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().auth().oauth2(admin).accept("application/json").when().get("/api/v1/essais-formats/export")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).accept("application/xml")
                .when().get("/api/v1/essais-formats/moi")
                .then().statusCode(406).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("text/csv").body("a;b\n")
                .when().post("/api/v1/essais-formats/42/import")
                .then().statusCode(200).body(equalTo("importé 4"));
    }

    @Test
    void uneOperationPubliqueRepondSonFormatATous() {
        given().accept("application/json").when().get("/api/v1/essais-formats/public.csv")
                .then().statusCode(406).contentType("application/problem+json");
        given().when().get("/api/v1/essais-formats/public.csv").then().statusCode(200);
    }
}
