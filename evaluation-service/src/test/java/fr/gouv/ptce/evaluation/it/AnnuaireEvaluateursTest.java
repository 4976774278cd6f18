package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.evaluation.annuaire.Evaluateur;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 3, the service's side: the list of evaluators by région and scope, the assignment
 * refused (422 naming evaluateurSub) for anyone the directory does not give as an evaluator of the
 * file's région, and evaluateur.affecte carrying the directory's name and e-mail. The directory here
 * is {@link AnnuaireDesTests}; the real one (Keycloak) is the system test's.
 */
@QuarkusTest
class AnnuaireEvaluateursTest {

    /** Régions of this test only, so that the other tests' evaluators (all national) do not blur the lists. */
    private final String nord = "Nord-" + UUID.randomUUID().toString().substring(0, 8);
    private final String sud = "Sud-" + UUID.randomUUID().toString().substring(0, 8);

    private static RequestSpecification instructeurEn(String region) {
        return given().auth().oauth2(TestTokens.inRegions(List.of(region), "instr-" + region, "instructeur"))
                .contentType("application/json");
    }

    /** Every page of the list, in order (the other tests' national evaluators make it long). */
    private static List<String> tous(java.util.function.Supplier<RequestSpecification> qui, String region, int taille) {
        List<String> lus = new java.util.ArrayList<>();
        String curseur = null;
        do {
            RequestSpecification page = qui.get().queryParam("taille", taille);
            if (region != null) {
                page = page.queryParam("region", region);
            }
            if (curseur != null) {
                page = page.queryParam("curseur", curseur);
            }
            var r = page.get("/api/v1/evaluateurs").then().statusCode(200).extract();
            lus.addAll(r.path("elements.sub"));
            curseur = r.path("curseurSuivant");
        } while (curseur != null);
        return lus;
    }

    private static UUID dossierRecevableEn(String region) {
        ObjectNode data = Scenario.candidature(Scenario.campagnePhase2(15), "PHASE_2");
        ((ObjectNode) data.path("structure")).put("region", region);
        UUID id = Scenario.depot(data);
        Scenario.recevable(id);
        return id;
    }

    @Test
    void laListeDUneRegionDonneSesEvaluateursEtLesNationauxDansLaPorteeDeLAppelant() {
        String duNord = "eval-nord-" + nord;
        String duSud = "eval-sud-" + sud;
        String national = "eval-national-" + nord;
        AnnuaireDesTests.inscrire(duNord, nord);
        AnnuaireDesTests.inscrire(duSud, sud);
        AnnuaireDesTests.inscrire(national);

        List<String> duNordEtNationaux = tous(() -> instructeurEn(nord), nord, 100);
        assertThat(duNordEtNationaux).contains(duNord, national).doesNotContain(duSud);
        instructeurEn(nord).queryParam("region", nord).queryParam("taille", 100).get("/api/v1/evaluateurs")
                .then().statusCode(200)
                .body("elements.findAll { it.regions != ['national'] }.regions.flatten()", everyItem(equalTo(nord)));
        assertThat(new AnnuaireDesTests().evaluateurs().stream().filter(e -> e.sub().equals(duNord))
                .map(e -> e.portee().regions()).findFirst().orElseThrow()).containsExactly(nord);
        // Another région than its own: nothing (a list never shows another région's business).
        instructeurEn(nord).queryParam("region", sud).get("/api/v1/evaluateurs").then().statusCode(200)
                .body("elements", empty()).body("curseurSuivant", nullValue());
        // Without région: its own région's evaluators and the national ones, not the other région's.
        assertThat(tous(() -> instructeurEn(nord), null, 100)).contains(duNord, national).doesNotContain(duSud);
        // The national cell: both régions.
        assertThat(tous(Scenario::instructeur, null, 100)).contains(duNord, duSud, national);
        // Other roles: refused.
        Scenario.evaluateur(duNord).get("/api/v1/evaluateurs").then().statusCode(403);
    }

    @Test
    void laListeSeLitParPagesSansDoublonNiOubli() {
        String region = "Pages-" + nord;
        for (int i = 0; i < 5; i++) {
            AnnuaireDesTests.inscrire(new Evaluateur("eval-page-" + i + "-" + region, "Page " + (4 - i),
                    "p" + i + "@evaluateurs.test", Portee.regions(region)));
        }
        List<String> attendus = tous(() -> instructeurEn(region), region, 100);
        List<String> lus = tous(() -> instructeurEn(region), region, 2);
        assertThat(lus).containsExactlyElementsOf(attendus).doesNotHaveDuplicates()
                .contains("eval-page-0-" + region, "eval-page-4-" + region);
        // Sorted by name: "Page 0" (eval-page-4) before "Page 4" (eval-page-0).
        assertThat(lus.indexOf("eval-page-4-" + region)).isLessThan(lus.indexOf("eval-page-0-" + region));
    }

    @Test
    void seulUnEvaluateurDeLAnnuaireCouvrantLaRegionDuDossierPeutEtreAffecte() {
        UUID dossier = dossierRecevableEn(nord);
        String porteur = "porteur-" + dossier;
        AnnuaireDesTests.inscrire(porteur);                 // even as an evaluator: not on its own file
        AnnuaireDesTests.inscrire(Scenario.INSTRUCTEUR);    // even as an evaluator: not on the file it instructs
        String duSud = "eval-sud-" + sud;
        AnnuaireDesTests.inscrire(duSud, sud);
        String sansCourriel = "eval-muet-" + nord;
        AnnuaireDesTests.inscrire(new Evaluateur(sansCourriel, "Muet", null, Portee.regions(nord)));

        for (String refuse : List.of("inconnu-" + dossier, porteur, Scenario.INSTRUCTEUR, duSud, sansCourriel)) {
            instructeur().body(Map.of("evaluateurSub", refuse)).post("/api/v1/instructions/" + dossier + "/evaluateurs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("evaluateur-invalide"))
                    .body("violations[0].champ", equalTo("evaluateurSub"))
                    .body("violations[0].message", notNullValue());
        }
        instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200).body("evaluateurs", empty());

        // An evaluator of the file's région: assigned under the directory's name, whatever name was sent.
        String duNord = "eval-nord-" + nord;
        AnnuaireDesTests.inscrire(new Evaluateur(duNord, "Gwenn Test", "gwenn@evaluateurs.test", Portee.regions(nord)));
        String evaluation = instructeur().body(Map.of("evaluateurSub", duNord, "evaluateurNom", "Nom tapé"))
                .post("/api/v1/instructions/" + dossier + "/evaluateurs").then().statusCode(201)
                .body("evaluateurNom", equalTo("Gwenn Test")).extract().path("id");
        KafkaTestClient.Received e = Scenario.attendreEvenements("ptce.instructions", "evaluateur.affecte", dossier, 1).get(0);
        assertThat(EventCatalogue.problems(e.fact(), e.data())).isEmpty();
        assertThat(e.data().path("evaluationId").asText()).isEqualTo(evaluation);
        assertThat(e.data().path("evaluateurSub").asText()).isEqualTo(duNord);
        assertThat(e.data().path("evaluateurNom").asText()).isEqualTo("Gwenn Test");
        assertThat(e.data().path("evaluateurEmail").asText()).isEqualTo("gwenn@evaluateurs.test");
        // A national evaluator covers every région.
        String national = "eval-national-" + dossier;
        AnnuaireDesTests.inscrire(national);
        instructeur().body(Map.of("evaluateurSub", national)).post("/api/v1/instructions/" + dossier + "/evaluateurs")
                .then().statusCode(201);
        instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200)
                .body("evaluateurs.evaluateurSub", hasItems(duNord, national))
                .body("evaluateurs.evaluateurSub", everyItem(in(List.of(duNord, national))));
    }
}
