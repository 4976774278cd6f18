package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comite;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The committee: ranking, decisions in both phases, the waiting list and withdrawals. */
@QuarkusTest
@Order(4)
class ClassementEtDecisionTest {

    private static Map<String, Object> decision(UUID dossier, String type) {
        return Map.of("candidatureId", dossier.toString(), "decision", type, "motivation", "Motivation du comité.");
    }

    @Test
    void leClassementOrdonneParScoreDepartageEtSignaleLaDivergence() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID fort = Scenario.dossierClasse(campagne, "PHASE_2", 4.5, 4.5);       // 4.5
        UUID divergent = Scenario.dossierClasse(campagne, "PHASE_2", 5, 2);      // 3.5, gap 3 > 1.5
        UUID egalTot = Scenario.dossierClasse(campagne, "PHASE_2", 3, 3);        // 3.0, deposited first
        UUID egalTard = Scenario.dossierClasse(campagne, "PHASE_2", 3.5, 2.5);   // 3.0, deposited later
        UUID seul = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(seul);
        Scenario.evaluer(seul, ComptesKeycloak.evaluateur("eval-seul"), 5, 5, 5);                   // one evaluation: not ranked

        comite().get("/api/v1/campagnes/" + campagne + "/classement").then().statusCode(200)
                .body("dossiers.candidatureId", equalTo(List.of(fort.toString(), divergent.toString(),
                        egalTot.toString(), egalTard.toString())))
                .body("dossiers.rang", equalTo(List.of(1, 2, 3, 4)))
                .body("dossiers[0].score", equalTo(4.5f))
                .body("dossiers[1].divergence", equalTo(true))
                .body("dossiers[1].ecart", equalTo(3.0f))
                .body("dossiers[2].divergence", equalTo(false))
                .body("regleDepartage", containsString("déposé le plus tôt"))
                .body("seuilDivergence", equalTo(1.5f))
                .body("nonClasses.candidatureId", equalTo(List.of(seul.toString())))
                .body("nonClasses[0].evaluationsSoumises", equalTo(1));
        instructeur().get("/api/v1/campagnes/" + campagne + "/classement").then().statusCode(200);
        instructeur().get("/api/v1/instructions/" + fort).then().body("statut", equalTo("EVALUEE"));
    }

    @Test
    void unLaureatDePhase1EmetDecisionRendueEtLaureatPhase1Designe() {
        UUID campagne = Scenario.campagne("PHASE_1", null, null, null);
        UUID dossier = Scenario.dossierClasse(campagne, "PHASE_1", 4, 4);
        comite().body(decision(dossier, "LISTE_ATTENTE")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(422).body("violations.champ", equalTo(List.of("decision")));
        comite().body(decision(dossier, "LAUREAT")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(200).body("decision", equalTo("LAUREAT")).body("rang", equalTo(1))
                .body("decideur", equalTo(Scenario.COMITE));
        comite().body(decision(dossier, "NON_RETENU")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(409).body("detail", containsString("DECIDEE"));

        JsonNode rendue = Scenario.attendreEvenements("ptce.decisions", "decision.rendue", dossier, 1).get(0).data();
        assertThat(rendue.path("decision").asText()).isEqualTo("LAUREAT");
        assertThat(rendue.path("motivation").asText()).isEqualTo("Motivation du comité.");
        assertThat(EventCatalogue.problems("decision.rendue", rendue)).isEmpty();
        KafkaTestClient.Received designe = Scenario.attendreEvenements("ptce.decisions", "laureat.phase1.designe",
                dossier, 1).get(0);
        assertThat(designe.key()).isEqualTo(dossier.toString());
        assertThat(designe.data().path("siret").asText()).isEqualTo("35600000000048");
        assertThat(designe.data().path("region").asText()).isEqualTo("Bretagne");
        assertThat(designe.data().path("secteurs").toString()).isEqualTo("[\"BOIS\",\"CONSTRUCTION\"]");
        assertThat(EventCatalogue.problems("laureat.phase1.designe", designe.data())).isEmpty();
        assertThat(KafkaTestClient.readAll("ptce.decisions").stream()
                .filter(r -> "laureat.phase2.selectionne".equals(r.fact()))
                .filter(r -> r.data().path("candidatureId").asText().equals(dossier.toString()))).isEmpty();
    }

    @Test
    void enPhase2LePlafondLaListeDAttenteEtLeDesistementAvecPromotion() {
        UUID campagne = Scenario.campagnePhase2(2);
        UUID premier = Scenario.dossierClasse(campagne, "PHASE_2", 5, 5);
        UUID deuxieme = Scenario.dossierClasse(campagne, "PHASE_2", 4.5, 4.5);
        UUID troisieme = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        UUID quatrieme = Scenario.dossierClasse(campagne, "PHASE_2", 3, 3);
        String url = "/api/v1/campagnes/" + campagne + "/decisions";

        comite().body(decision(premier, "LAUREAT")).post(url).then().statusCode(200).body("rang", equalTo(1));
        comite().body(decision(deuxieme, "LAUREAT")).post(url).then().statusCode(200);
        comite().body(decision(troisieme, "LAUREAT")).post(url).then().statusCode(409)
                .body("code", equalTo("plafond-laureats-atteint")).body("detail", containsString("2 lauréats"));
        comite().body(decision(troisieme, "LISTE_ATTENTE")).post(url).then().statusCode(200).body("rang", equalTo(3));
        comite().body(decision(quatrieme, "LISTE_ATTENTE")).post(url).then().statusCode(200);

        KafkaTestClient.Received selection = Scenario.attendreEvenements("ptce.decisions",
                "laureat.phase2.selectionne", premier, 1).get(0);
        assertThat(selection.data().path("montantCentimes").asLong()).isEqualTo(10_000_000L);
        assertThat(selection.data().path("dureeMois").asInt()).isEqualTo(24);
        assertThat(selection.data().path("rang").asInt()).isEqualTo(1);
        assertThat(selection.data().path("contact").path("nom").asText()).isEqualTo("Claire Durand");
        assertThat(EventCatalogue.problems("laureat.phase2.selectionne", selection.data())).isEmpty();

        // Only a lauréat withdraws; the first of the waiting list is promoted in its place.
        comite().body(Map.of("motif", "m", "promouvoir", true)).post(url + "/" + troisieme + "/desistement")
                .then().statusCode(409).body("detail", containsString("DECIDEE"));
        comite().body(Map.of("motif", "La structure renonce au financement.", "promouvoir", true))
                .post(url + "/" + deuxieme + "/desistement").then().statusCode(200)
                .body("statut", equalTo("DESISTEE"))
                .body("promu.candidatureId", equalTo(troisieme.toString()))
                .body("promu.decision", equalTo("LAUREAT"))
                .body("promu.rang", equalTo(3))
                .body("promu.promotion", equalTo(true));
        comite().body(Map.of("motif", "deux fois")).post(url + "/" + deuxieme + "/desistement")
                .then().statusCode(409).body("detail", containsString("DESISTEE"));

        JsonNode desiste = Scenario.attendreEvenements("ptce.decisions", "laureat.phase2.desiste", deuxieme, 1)
                .get(0).data();
        assertThat(desiste.path("promuCandidatureId").asText()).isEqualTo(troisieme.toString());
        assertThat(EventCatalogue.problems("laureat.phase2.desiste", desiste)).isEmpty();
        List<KafkaTestClient.Received> rendues = Scenario.attendreEvenements("ptce.decisions", "decision.rendue",
                troisieme, 2);
        assertThat(rendues).extracting(r -> r.data().path("decision").asText())
                .containsExactly("LISTE_ATTENTE", "LAUREAT");
        // The second decision says it is a promotion, so that the porteur is told it as such.
        assertThat(rendues).extracting(r -> r.data().path("circonstance").asText(null))
                .containsExactly(null, "PROMOTION");
        assertThat(Scenario.attendreEvenements("ptce.decisions", "laureat.phase2.selectionne", troisieme, 1)).hasSize(1);

        // The cap holds again: the promoted file filled the place.
        comite().body(decision(quatrieme, "LAUREAT")).post(url).then().statusCode(409)
                .body("code", equalTo("plafond-laureats-atteint"));
        comite().get("/api/v1/campagnes/" + campagne + "/classement").then()
                .body("laureats", equalTo(2))
                .body("dossiers.find { it.candidatureId == '" + quatrieme + "' }.decision", equalTo("LISTE_ATTENTE"));

        // Each decision, the withdrawal and the promotion are in the tamper-evident journal, chain intact.
        assertThat(JournalAuditDecisions.entrees(premier)).containsExactly(
                "DECISION LAUREAT 10000000 " + Scenario.COMITE);
        assertThat(JournalAuditDecisions.entrees(deuxieme)).containsExactly(
                "DECISION LAUREAT 10000000 " + Scenario.COMITE, "DESISTEMENT - - " + Scenario.COMITE);
        assertThat(JournalAuditDecisions.entrees(troisieme)).containsExactly(
                "DECISION LISTE_ATTENTE null " + Scenario.COMITE, "PROMOTION LAUREAT 10000000 " + Scenario.COMITE);
        Scenario.comme("auditeur", "admin").get("/api/v1/journal-audit/evaluation/verification").then()
                .statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void lEnveloppeNeSeDepasseJamais() {
        // 3 places but only 250 000 € for 100 000 € each: the third lauréat would exceed the envelope.
        UUID campagne = Scenario.campagne("PHASE_2", 3, 10_000_000L, 25_000_000L);
        UUID a = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        UUID b = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        UUID c = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        String url = "/api/v1/campagnes/" + campagne + "/decisions";
        comite().body(decision(a, "LAUREAT")).post(url).then().statusCode(200);
        comite().body(decision(b, "LAUREAT")).post(url).then().statusCode(200);
        comite().body(decision(c, "LAUREAT")).post(url).then().statusCode(409)
                .body("code", equalTo("enveloppe-depassee")).body("detail", containsString("250000.00"));
        comite().body(decision(c, "NON_RETENU")).post(url).then().statusCode(200);
    }

    @Test
    void uneDecisionExigeUnDossierDeLaCampagneEtUneCampagneConnue() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID autreCampagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.dossierClasse(autreCampagne, "PHASE_2", 4, 4);
        comite().body(decision(dossier, "LAUREAT")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(404);
        comite().body(decision(dossier, "LAUREAT")).post("/api/v1/campagnes/" + UUID.randomUUID() + "/decisions")
                .then().statusCode(404);
        comite().body(Map.of("motif", "m")).post("/api/v1/campagnes/" + autreCampagne + "/decisions/"
                + UUID.randomUUID() + "/desistement").then().statusCode(404);
        // A file without evaluation can still be closed without follow-up.
        UUID sansSuite = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(sansSuite);
        comite().body(decision(sansSuite, "SANS_SUITE")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(200).body("rang", nullValue());
        instructeur().get("/api/v1/instructions/" + sansSuite).then().body("statut", equalTo("DECIDEE"))
                .body("historique", hasSize(4));
    }
}
