package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons_it"))
class HttpContractTest {

    private static final String BODY = "{\"texte\":\"bonjour\",\"membres\":[{\"nom\":\"A\"}]}";

    @Test
    void sansJetonLaReponseEst401EnProblemDetails() {
        given().contentType("application/json").body(BODY)
                .when().post("/api/v1/essais")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Authentification requise"));
    }

    @Test
    void unJetonExpireOuSigneParUneAutreCleEst401() {
        given().auth().oauth2(TestTokens.expired("u1", "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByForeignKey("u1", "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(401);
    }

    @Test
    void sansLeRoleLaReponseEst403() {
        given().auth().oauth2(TestTokens.forUser("p1", "porteur")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void avecLeRoleLaRequeteAboutit() {
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais")
                .then().statusCode(200).body("texte", equalTo("bonjour"));
    }

    @Test
    void uneRequeteInvalideNommeChaqueChampFautif() {
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json")
                .body("{\"texte\":\"\",\"membres\":[{\"nom\":\"\"}]}")
                .when().post("/api/v1/essais")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem("texte"))
                .body("violations.champ", hasItem("membres[0].nom"));
    }

    @Test
    void unParametreDeRequeteIllisibleEst400EtNommeLeParametre() {
        String admin = TestTokens.forUser("a1", "admin");
        given().auth().oauth2(admin).queryParam("taille", "abc").when().get("/api/v1/essais/recherche")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("taille"));
        given().auth().oauth2(admin).queryParam("taille", "5").queryParam("couleur", "BLEU")
                .when().get("/api/v1/essais/recherche")
                .then().statusCode(400).body("violations.champ", hasItem("couleur"));
        given().auth().oauth2(admin).queryParam("depuis", "pas-un-uuid").when().get("/api/v1/essais/recherche")
                .then().statusCode(400).body("violations.champ", hasItem("depuis"));
        given().auth().oauth2(admin).queryParam("taille", "7").queryParam("couleur", "VERT")
                .when().get("/api/v1/essais/recherche").then().statusCode(200).body("taille", equalTo(7));
        // An address that does not exist stays a 404.
        given().auth().oauth2(admin).queryParam("taille", "abc").when().get("/api/v1/essais/inexistant")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unNombreTropGrandPourSonChampEst400EtNommeLeChamp() {
        String admin = TestTokens.forUser("a1", "admin");
        given().auth().oauth2(admin).contentType("application/json").body("{\"nombre\":99999999999}")
                .when().post("/api/v1/essais/compteurs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("nombre"));
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"nombre\":1,\"detail\":{\"quantite\":-99999999999}}")
                .when().post("/api/v1/essais/compteurs")
                .then().statusCode(400).body("violations.champ", hasItem("detail.quantite"));
    }

    @Test
    void unJsonDeMauvaisTypeNommeLeChamp() {
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json")
                .body("{\"texte\":\"x\",\"membres\":\"pas une liste\"}")
                .when().post("/api/v1/essais")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem("membres"));
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json")
                .body("{\"texte\":")
                .when().post("/api/v1/essais")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void uneErreurInattendueDonne500AvecIdentifiantDeCorrelationSansTrace() {
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json")
                .body("{\"texte\":\"boum\",\"membres\":[{\"nom\":\"A\"}]}")
                .when().post("/api/v1/essais")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("correlationId", notNullValue())
                .body(not(containsString("détail interne")))
                .body(not(containsString("Exception")));
    }
}
