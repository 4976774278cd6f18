package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 3 against the real directory: a Keycloak started by ptce-commons' TestKeycloak with the
 * platform's realm, read by the service through the Quarkus admin client as the confidential client
 * evaluation-annuaire. The evaluators are the realm file's own and users this test creates through the
 * admin API ({@link ComptesKeycloak}); the list by région and scope, the assignment refused (422 naming
 * evaluateurSub) for anyone Keycloak does not give as an evaluator of the file's région, and
 * evaluateur.affecte carrying Keycloak's name and e-mail.
 */
@QuarkusTest
class AnnuaireEvaluateursTest {

    /** Régions of this test only, so that the national evaluators of the realm and other tests do not blur the lists. */
    private final String nord = "Nord-" + UUID.randomUUID().toString().substring(0, 8);
    private final String sud = "Sud-" + UUID.randomUUID().toString().substring(0, 8);

    private static RequestSpecification instructeurEn(String region) {
        return given().auth().oauth2(TestTokens.inRegions(List.of(region), "instr-" + region, "instructeur"))
                .contentType("application/json");
    }

    /** Every page of the list, in order. */
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

    private static UUID dossierRecevableEn(String region, String porteurSub) {
        ObjectNode data = Scenario.candidature(Scenario.campagnePhase2(15), "PHASE_2");
        ((ObjectNode) data.path("structure")).put("region", region);
        data.put("porteurSub", porteurSub);
        UUID id = Scenario.depot(data);
        Scenario.recevable(id);
        return id;
    }

    @Test
    void lesEvaluateursDuRoyaumeSontLusDansKeycloak() {
        // The realm file's accounts, as the launcher imports them: Bretagne's evaluator under its Keycloak id,
        // name and e-mail; the national ones for every région; nobody without the role evaluateur.
        String bretagne = ComptesKeycloak.idDe("evaluateur-bretagne");
        String occitanie = ComptesKeycloak.idDe("evaluateur-occitanie");
        String national = ComptesKeycloak.idDe("evaluateur1");
        instructeurEn("Bretagne").queryParam("region", "Bretagne").queryParam("taille", 100).get("/api/v1/evaluateurs")
                .then().statusCode(200)
                .body("elements.find { it.sub == '" + bretagne + "' }.nom", equalTo("Gwenn Kerhervé"))
                .body("elements.find { it.sub == '" + bretagne + "' }.email", equalTo("evaluateur-bretagne@demo.ptce.fr"))
                .body("elements.find { it.sub == '" + bretagne + "' }.regions", equalTo(List.of("Bretagne")))
                .body("elements.find { it.sub == '" + national + "' }.regions", equalTo(List.of("national")));
        List<String> pourLaBretagne = tous(() -> instructeurEn("Bretagne"), "Bretagne", 100);
        assertThat(pourLaBretagne).contains(bretagne, national).doesNotContain(occitanie,
                ComptesKeycloak.idDe("instructeur1"), ComptesKeycloak.idDe("instructeur-bretagne"),
                ComptesKeycloak.idDe("porteur1"), ComptesKeycloak.idDe("comite1"));
    }

    @Test
    void laListeDUneRegionDonneSesEvaluateursEtLesNationauxDansLaPorteeDeLAppelant() {
        String duNord = ComptesKeycloak.evaluateurEn("eval-nord-" + nord, nord);
        String duSud = ComptesKeycloak.evaluateurEn("eval-sud-" + sud, sud);
        String national = ComptesKeycloak.evaluateur("eval-national-" + nord);
        String inactif = ComptesKeycloak.creer("eval-inactif-" + nord, "Éval", "Inactif", "inactif-" + nord + "@evaluateurs.test",
                List.of(nord), false, "evaluateur");
        String sansRole = ComptesKeycloak.creer("instr-" + nord, "Instr", "Nord", "instr-" + nord + "@evaluateurs.test",
                List.of(nord), "instructeur");

        List<String> duNordEtNationaux = tous(() -> instructeurEn(nord), nord, 100);
        assertThat(duNordEtNationaux).contains(duNord, national).doesNotContain(duSud, inactif, sansRole);
        instructeurEn(nord).queryParam("region", nord).queryParam("taille", 100).get("/api/v1/evaluateurs")
                .then().statusCode(200)
                .body("elements.findAll { it.regions != ['national'] }.regions.flatten()", everyItem(equalTo(nord)))
                .body("elements.find { it.sub == '" + duNord + "' }.nom", equalTo("Éval eval-nord-" + nord));
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
        List<String> crees = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            crees.add(ComptesKeycloak.creer("eval-page-" + i + "-" + nord, "Page", String.valueOf(4 - i),
                    "p" + i + "-" + nord + "@evaluateurs.test", List.of(region), "evaluateur"));
        }
        List<String> attendus = tous(() -> instructeurEn(region), region, 100);
        List<String> lus = tous(() -> instructeurEn(region), region, 2);
        assertThat(lus).containsExactlyElementsOf(attendus).doesNotHaveDuplicates().containsAll(crees);
        // Sorted by name: "Page 0" (the fifth created) before "Page 4" (the first).
        assertThat(lus.indexOf(crees.get(4))).isLessThan(lus.indexOf(crees.get(0)));
    }

    @Test
    void seulUnEvaluateurDeLAnnuaireCouvrantLaRegionDuDossierPeutEtreAffecte() {
        // Even holding the role evaluateur, the file's porteur and the instructeur handling it are refused.
        String porteur = ComptesKeycloak.creer("porteur-" + nord, "Porteur", "Nord", "porteur-" + nord + "@evaluateurs.test",
                List.of(), "porteur", "evaluateur");
        UUID dossier = dossierRecevableEn(nord, porteur);
        String instructeurEvaluateur = ComptesKeycloak.creer("instr-eval-" + nord, "Instr", "Éval",
                "instr-eval-" + nord + "@evaluateurs.test", List.of("national"), "instructeur", "evaluateur");
        String duSud = ComptesKeycloak.evaluateurEn("eval-sud-" + sud, sud);
        String sansCourriel = ComptesKeycloak.creer("eval-muet-" + nord, "Muet", "Nord", null, List.of(nord), "evaluateur");
        String instructeurSeul = ComptesKeycloak.idDe("instructeur1");

        Map<String, String> refus = new java.util.LinkedHashMap<>();
        refus.put(UUID.randomUUID().toString(), "aucun évaluateur");
        refus.put(instructeurSeul, "aucun évaluateur");      // a Keycloak user, not an evaluator
        refus.put(porteur, "porteur");
        refus.put(duSud, "ne couvre pas la région");
        refus.put(sansCourriel, "pas de courriel");
        for (var r : refus.entrySet()) {
            instructeur().body(Map.of("evaluateurSub", r.getKey())).post("/api/v1/instructions/" + dossier + "/evaluateurs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("evaluateur-invalide"))
                    .body("violations[0].champ", equalTo("evaluateurSub"))
                    .body("violations[0].message", containsString(r.getValue()));
        }
        // The instructeur assigning, an evaluator too in Keycloak, may not assign itself.
        given().auth().oauth2(TestTokens.forUser(instructeurEvaluateur, "instructeur")).contentType("application/json")
                .body(Map.of("evaluateurSub", instructeurEvaluateur)).post("/api/v1/instructions/" + dossier + "/evaluateurs")
                .then().statusCode(422).body("violations[0].champ", equalTo("evaluateurSub"))
                .body("violations[0].message", containsString("instructeur"));
        instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200).body("evaluateurs", empty());

        // An evaluator of the file's région: assigned under Keycloak's name, whatever name was sent.
        String duNord = ComptesKeycloak.creer("eval-gwenn-" + nord, "Gwenn", "Test", "gwenn-" + nord + "@evaluateurs.test",
                List.of(nord), "evaluateur");
        String evaluation = instructeur().body(Map.of("evaluateurSub", duNord, "evaluateurNom", "Nom tapé"))
                .post("/api/v1/instructions/" + dossier + "/evaluateurs").then().statusCode(201)
                .body("evaluateurNom", equalTo("Gwenn Test")).extract().path("id");
        KafkaTestClient.Received e = Scenario.attendreEvenements("ptce.instructions", "evaluateur.affecte", dossier, 1).get(0);
        assertThat(EventCatalogue.problems(e.fact(), e.data())).isEmpty();
        assertThat(e.data().path("evaluationId").asText()).isEqualTo(evaluation);
        assertThat(e.data().path("evaluateurSub").asText()).isEqualTo(duNord);
        assertThat(e.data().path("evaluateurNom").asText()).isEqualTo("Gwenn Test");
        assertThat(e.data().path("evaluateurEmail").asText()).isEqualTo(("gwenn-" + nord + "@evaluateurs.test").toLowerCase());
        // A national evaluator (the realm's evaluateur2) covers every région.
        String national = ComptesKeycloak.idDe("evaluateur2");
        instructeur().body(Map.of("evaluateurSub", national)).post("/api/v1/instructions/" + dossier + "/evaluateurs")
                .then().statusCode(201);
        instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200)
                .body("evaluateurs.evaluateurSub", hasItems(duNord, national))
                .body("evaluateurs.evaluateurSub", everyItem(in(List.of(duNord, national))));
    }
}
