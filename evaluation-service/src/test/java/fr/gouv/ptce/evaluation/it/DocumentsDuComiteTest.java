package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comite;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The committee's documents for the record: the ranking as CSV, the minutes as PDF (read back with PDFBox). */
@QuarkusTest
@Order(5)
class DocumentsDuComiteTest {

    private static final String MOTIVATION_1 = "Projet très structurant : « ancrage » fort, coût maîtrisé ; "
            + "l’équipe a déjà œuvré à Saint-Brieuc.";
    private static final String MOTIVATION_2 = "Écart entre évaluateurs ; à réexaminer si une place se libère.";

    @Test
    void leClassementEnCsvSuitLesReglesFrancaisesDuKit() {
        UUID campagne = Scenario.campagnePhase2(2);
        UUID premier = dossierClasse(campagne, "=Pôle; \"Val\"", 4.5, 4.5);
        UUID second = Scenario.dossierClasse(campagne, "PHASE_2", 5, 2);
        UUID seul = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(seul);
        Scenario.evaluer(seul, ComptesKeycloak.evaluateur("eval-seul"), 5, 5, 5);
        comite().body(Map.of("candidatureId", premier.toString(), "decision", "LAUREAT", "motivation", MOTIVATION_1))
                .post("/api/v1/campagnes/" + campagne + "/decisions").then().statusCode(200);
        String numero1 = instructeur().get("/api/v1/instructions/" + premier).path("numero");
        String numero2 = instructeur().get("/api/v1/instructions/" + second).path("numero");
        String numero3 = instructeur().get("/api/v1/instructions/" + seul).path("numero");

        var reponse = comite().accept("text/csv").get("/api/v1/campagnes/" + campagne + "/classement")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("classement-PTCE-TEST-")).extract();
        String csv = new String(reponse.asByteArray(), StandardCharsets.UTF_8);
        List<String> lignes = List.of(csv.split("\r\n", -1));
        assertThat(lignes.get(0)).isEqualTo("\uFEFFrang;numero;raisonSociale;siret;region;score;evaluations;decision;divergence");
        assertThat(lignes.get(1)).isEqualTo("1;" + numero1 + ";\"'=Pôle; \"\"Val\"\"\";35600000000048;Bretagne;4,50;2;LAUREAT;non");
        assertThat(lignes.get(2)).isEqualTo("2;" + numero2 + ";Pôle Coopératif du Val;35600000000048;Bretagne;3,50;2;;oui");
        assertThat(lignes.get(3)).isEqualTo(";" + numero3 + ";Pôle Coopératif du Val;35600000000048;Bretagne;;1;;");
        assertThat(lignes.get(4)).isEmpty();
        assertThat(lignes).hasSize(5);

        // The same roles as the JSON; a generic client (Accept */*) still gets the JSON.
        instructeur().accept("text/csv").get("/api/v1/campagnes/" + campagne + "/classement").then().statusCode(200);
        Scenario.evaluateur("eval-x").accept("text/csv").get("/api/v1/campagnes/" + campagne + "/classement")
                .then().statusCode(403);
        comite().accept("*/*").get("/api/v1/campagnes/" + campagne + "/classement").then().statusCode(200)
                .contentType(containsString("application/json")).body("dossiers[0].rang", equalTo(1));
        comite().accept("text/csv").get("/api/v1/campagnes/" + UUID.randomUUID() + "/classement").then()
                .statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    void leProcesVerbalNommeLesMembresChaqueDecisionEtLEnveloppeEngagee() throws Exception {
        UUID campagne = Scenario.campagnePhase2(2);
        UUID premier = Scenario.dossierClasse(campagne, "PHASE_2", 4.5, 4.5);
        UUID second = Scenario.dossierClasse(campagne, "PHASE_2", 4, 3);
        String url = "/api/v1/campagnes/" + campagne + "/decisions";
        Scenario.comme("comite-élise", "comite").body(Map.of("candidatureId", premier.toString(), "decision", "LAUREAT",
                "motivation", MOTIVATION_1)).post(url).then().statusCode(200);
        comite().body(Map.of("candidatureId", second.toString(), "decision", "LISTE_ATTENTE",
                "motivation", MOTIVATION_2)).post(url).then().statusCode(200);
        String numero1 = instructeur().get("/api/v1/instructions/" + premier).path("numero");
        String numero2 = instructeur().get("/api/v1/instructions/" + second).path("numero");
        String code = comite().get("/api/v1/campagnes/" + campagne + "/classement").path("campagneCode");

        byte[] pdf = comite().accept("application/pdf").get("/api/v1/campagnes/" + campagne + "/proces-verbal")
                .then().statusCode(200).contentType(containsString("application/pdf"))
                .header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        String texte;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            texte = new PDFTextStripper().getText(doc);
        }
        String uneLigne = texte.replaceAll("\\s+", " ");
        assertThat(texte).contains("Procès-verbal du comité de sélection")
                .contains("Code : " + code)
                .contains("Phase : Phase 2 (financement)")
                .contains("Membres présents")
                .contains(numero1, numero2)
                .contains("Lauréat", "Liste d'attente")
                .contains("4,50 / 5", "3,50 / 5");
        assertThat(uneLigne).contains("Membres du comité ayant enregistré les décisions ci-dessous : comite-élise, "
                        + Scenario.COMITE + ".")
                .contains("Projet très structurant : « ancrage » fort, coût maîtrisé ; l’équipe a déjà œuvré à Saint-Brieuc.")
                .contains("Écart entre évaluateurs ; à réexaminer si une place se libère.")
                .contains("Montant engagé : 1 × 100 000,00 € = 100 000,00 €")
                .contains("Enveloppe de la campagne : 1 500 000,00 € (reste 1 400 000,00 €)");
        // Ranks as recorded with each decision, in the order they were taken.
        assertThat(uneLigne).containsPattern("Rang Dossier Décision Score Motivation Par, le 1 " + numero1);
        assertThat(uneLigne.indexOf(numero1)).isLessThan(uneLigne.indexOf(numero2));
        assertThat(uneLigne).contains("2 " + numero2);

        instructeur().accept("application/pdf").get("/api/v1/campagnes/" + campagne + "/proces-verbal")
                .then().statusCode(403);
        comite().accept("application/pdf").get("/api/v1/campagnes/" + UUID.randomUUID() + "/proces-verbal")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    private static UUID dossierClasse(UUID campagne, String raisonSociale, double note1, double note2) {
        ObjectNode data = Scenario.candidature(campagne, "PHASE_2");
        ((ObjectNode) data.path("structure")).put("raisonSociale", raisonSociale);
        UUID id = Scenario.depot(data);
        Scenario.recevable(id);
        Scenario.evaluer(id, ComptesKeycloak.evaluateur("eval-a"), note1, note1, note1);
        Scenario.evaluer(id, ComptesKeycloak.evaluateur("eval-b"), note2, note2, note2);
        return id;
    }
}
