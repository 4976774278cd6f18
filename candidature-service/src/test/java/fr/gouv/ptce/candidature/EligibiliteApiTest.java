package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@Order(4)
class EligibiliteApiTest {

    @Test
    void unBrouillonVideEstRefuseEnNommantToutesLesReglesALaFois() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String id = as(porteur).body(Map.of("campagneId", campagne)).post("/api/v1/candidatures").then().statusCode(201)
                .extract().path("id");
        List<String> messages = Fixtures.deposer(porteur, id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("candidature-non-eligible"))
                .extract().path("violations.message");
        for (String regle : List.of("SIRET_INVALIDE", "RAISON_SOCIALE_ABSENTE", "COMMUNE_INCONNUE", "MEMBRES_INSUFFISANTS",
                "MEMBRE_ESS_ABSENT", "MEMBRE_HORS_ESS_ABSENT", "ACTEUR_ARTICLE_9_ABSENT", "PIECE_STATUTS_ABSENTE",
                "PIECE_BUDGET_ABSENTE", "DESCRIPTION_ABSENTE", "NOM_CONTACT_ABSENT", "EMAIL_CONTACT_ABSENT")) {
            org.junit.jupiter.api.Assertions.assertTrue(messages.stream().anyMatch(m -> m.startsWith(regle + " :")),
                    regle + " absent de " + messages);
        }
        as(porteur).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("BROUILLON"));
    }

    @Test
    void lesMembresEtLeSiretSontControles() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Map<String, Object> contenu = Fixtures.contenu("12345678901234"); // bad check digit
        contenu.put("membres", List.of(Map.of("nom", "A", "type", "ENTREPRISE_ESS"),
                Map.of("nom", "B", "type", "ENTREPRISE_ESS"), Map.of("nom", "C", "type", "ENTREPRISE_ESS")));
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200);
        Fixtures.deposer(porteur, id).then().statusCode(422)
                .body("violations", hasSize(3))
                .body("violations.champ", hasItem("structure.siret"))
                .body("violations.message", hasItem(startsWith("SIRET_INVALIDE")))
                .body("violations.message", hasItem(startsWith("MEMBRE_HORS_ESS_ABSENT")))
                .body("violations.message", hasItem(startsWith("ACTEUR_ARTICLE_9_ABSENT")));
    }

    @Test
    void unEtablissementDeLaPosteEstAccepteSelonSaRegle() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        // 35600000000001: not Luhn-valid, but La Poste's digits sum to a multiple of 5.
        String id = Fixtures.brouillonComplet(porteur, campagne, "35600000000001");
        Fixtures.deposer(porteur, id).then().statusCode(200);
    }

    @Test
    void laPhase2EstReserveeAuxStructuresEligibles() {
        String p2 = Fixtures.campagnePubliee(Fixtures.campagnePhase2("2020-01-01T00:00:00+01:00", "2099-07-31T12:00:00+02:00"));
        String porteur = Fixtures.porteur();
        String siret = Fixtures.siret();
        String id = Fixtures.brouillonComplet(porteur, p2, siret);
        Fixtures.deposer(porteur, id).then().statusCode(422)
                .body("violations", hasSize(1))
                .body("violations[0].message", startsWith("PHASE_2_NON_ELIGIBLE"));
        as(porteur).get("/api/v1/structures/" + siret + "/eligibilite").then().statusCode(200)
                .body("eligible", equalTo(false));
        // Another porteur may not probe a structure it has no file for.
        as(Fixtures.porteur()).get("/api/v1/structures/" + siret + "/eligibilite").then().statusCode(404);
        // A structure that applies to phase 1 at the same time becomes eligible.
        String p1 = Fixtures.campagnePhase1Ouverte();
        Fixtures.deposer(porteur, Fixtures.brouillonComplet(porteur, p1, siret)).then().statusCode(200);
        as(INSTRUCTEUR).get("/api/v1/structures/" + siret + "/eligibilite").then().statusCode(200)
                .body("eligible", equalTo(true)).body("motifs[0]", containsString("phase 1"));
        Fixtures.deposer(porteur, id).then().statusCode(200);
        as(fr.gouv.ptce.commons.testing.TestTokens.forUser("ministere", "partenaire"))
                .get("/api/v1/structures/" + siret + "/eligibilite").then().statusCode(200).body("motifs", everyItem(containsString("")));
    }

    @Test
    void unBrouillonExigeUneCampagnePubliee() {
        String nonPubliee = as(Fixtures.ADMIN).body(Fixtures.campagnePhase1("2020-01-01T00:00:00+01:00", "2099-01-01T00:00:00+01:00"))
                .post("/api/v1/campagnes").then().statusCode(201).extract().path("id");
        as(Fixtures.porteur()).body(Map.of("campagneId", nonPubliee)).post("/api/v1/candidatures").then().statusCode(400)
                .body("violations[0].champ", equalTo("campagneId"));
    }
}
