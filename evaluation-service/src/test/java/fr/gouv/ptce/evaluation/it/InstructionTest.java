package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Instruction of a file: from candidature.deposee to admissibility, with its events and refusals. */
@QuarkusTest
@Order(2)
class InstructionTest {

    @Test
    void chaqueExempleConsommeDuCatalogueEstAccepte() {
        // The examples name a campaign this service has not received yet: the file is kept all the same.
        JsonNode exemple = EventCatalogue.example("candidature.deposee");
        UUID id = UUID.fromString(exemple.path("candidatureId").asText());
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.deposee", exemple);
        Scenario.attendreStatut(id, "A_INSTRUIRE");
        instructeur().get("/api/v1/instructions/" + id).then().statusCode(200)
                .body("numero", equalTo("PTCE-2023-P2-00042"))
                .body("candidature.structure.siret", equalTo("35600000000048"))
                .body("candidature.membres", hasSize(3))
                .body("historique.action", hasItem("DEPOT"));
        Scenario.comite().get("/api/v1/instructions/" + id).then().statusCode(200);

        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.redeposee",
                EventCatalogue.example("candidature.redeposee"));
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.retiree",
                EventCatalogue.example("candidature.retiree"));
        Scenario.attendreStatut(id, "RETIREE");
        instructeur().get("/api/v1/instructions/" + id).then()
                .body("historique.action", equalTo(List.of("DEPOT", "REDEPOT", "RETRAIT")));

        JsonNode campagne = EventCatalogue.example("campagne.publiee");
        KafkaTestClient.send("ptce.campagnes", campagne.path("campagneId").asText(), "campagne.publiee", campagne);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Scenario.comite()
                .get("/api/v1/campagnes/" + campagne.path("campagneId").asText() + "/classement").statusCode() == 200);
    }

    @Test
    void unEvenementRedelivreNAQuUnSeulEffet() {
        UUID campagne = UUID.randomUUID();
        ObjectNode depot = Scenario.candidature(campagne, "PHASE_2");
        UUID id = UUID.fromString(depot.path("candidatureId").asText());
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.deposee", eventId, depot);
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.deposee", eventId, depot);
        ObjectNode redepot = depot.deepCopy();
        redepot.remove("deposeeLe");
        redepot.put("redeposeeLe", java.time.Instant.now().toString());
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.redeposee", redepot);
        // Same key, same partition: once the redeposit is seen, the duplicate was handled before it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            var r = instructeur().get("/api/v1/instructions/" + id);
            return r.statusCode() == 200 && r.<List<String>>path("historique.action").contains("REDEPOT");
        });
        instructeur().get("/api/v1/instructions/" + id).then()
                .body("historique.action", equalTo(List.of("DEPOT", "REDEPOT")));
    }

    @Test
    void unEvenementImpossibleVaEnLettreMorteAvecSaRaison() {
        UUID campagne = Scenario.campagnePhase2(15);
        ObjectNode depot = Scenario.candidature(campagne, "PHASE_2");
        UUID id = Scenario.depot(depot);
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        // A redeposit while the file is being instructed (no corrections asked) can never apply.
        ObjectNode redepot = depot.deepCopy();
        redepot.remove("deposeeLe");
        redepot.put("redeposeeLe", java.time.Instant.now().toString());
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.redeposee", redepot);
        List<KafkaTestClient.Received> morts = KafkaTestClient.readUntil("ptce.dlq.evaluation",
                java.time.Duration.ofSeconds(30), l -> l.stream().anyMatch(r -> id.toString().equals(r.key())));
        assertThat(morts.stream().filter(r -> id.toString().equals(r.key())).toList()).hasSize(1);
        instructeur().get("/api/v1/instructions/" + id).then().body("statut", equalTo("EN_INSTRUCTION"));
    }

    @Test
    void priseEnChargeCorrectionsRedepotPuisRecevabiliteEmettentLeursEvenements() {
        UUID campagne = Scenario.campagnePhase2(15);
        ObjectNode depot = Scenario.candidature(campagne, "PHASE_2");
        UUID id = Scenario.depot(depot);

        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200)
                .body("statut", equalTo("EN_INSTRUCTION")).body("instructeur", equalTo(Scenario.INSTRUCTEUR));
        instructeur().body(Map.of("motif", "Les statuts ne sont pas signés."))
                .post("/api/v1/instructions/" + id + "/corrections").then().statusCode(200)
                .body("statut", equalTo("CORRECTIONS_DEMANDEES"));

        // The porteur corrects: candidature.redeposee brings the file back with its new snapshot.
        ObjectNode redepot = depot.deepCopy();
        redepot.remove("deposeeLe");
        redepot.put("redeposeeLe", java.time.Instant.now().toString());
        ((ObjectNode) redepot.path("structure")).put("raisonSociale", "Pôle Coopératif du Val (corrigé)");
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.redeposee", redepot);
        Scenario.attendreStatut(id, "A_INSTRUIRE");
        instructeur().get("/api/v1/instructions/" + id).then()
                .body("candidature.structure.raisonSociale", equalTo("Pôle Coopératif du Val (corrigé)"));

        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        instructeur().body(Map.of("recevable", true))
                .post("/api/v1/instructions/" + id + "/recevabilite").then().statusCode(200)
                .body("statut", equalTo("RECEVABLE"))
                .body("evaluateursManquants", equalTo(2))
                .body("historique.action", hasItem("REDEPOT"));

        List<KafkaTestClient.Received> demarrees = Scenario.attendreEvenements("ptce.instructions",
                "instruction.demarree", id, 2);
        assertThat(demarrees).hasSize(2);
        List<KafkaTestClient.Received> corrections = Scenario.attendreEvenements("ptce.instructions",
                "corrections.demandees", id, 1);
        assertThat(corrections.get(0).data().path("motif").asText()).isEqualTo("Les statuts ne sont pas signés.");
        List<KafkaTestClient.Received> recevable = Scenario.attendreEvenements("ptce.instructions",
                "candidature.recevable", id, 1);
        for (KafkaTestClient.Received r : List.of(demarrees.get(0), corrections.get(0), recevable.get(0))) {
            assertThat(EventCatalogue.problems(r.fact(), r.data())).isEmpty();
            assertThat(r.key()).isEqualTo(id.toString());
            assertThat(r.data().path("porteurSub").asText()).isEqualTo("porteur-" + id);
            assertThat(r.data().path("contactEmail").asText()).isEqualTo("contact@pole-val.fr");
            assertThat(r.data().path("numero").asText()).isEqualTo(depot.path("numero").asText());
        }
    }

    @Test
    void uneIrrecevabiliteExigeUneMotivationEtEmetSonEvenement() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID id = Scenario.depot(campagne, "PHASE_2");
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        instructeur().body(Map.of("recevable", false))
                .post("/api/v1/instructions/" + id + "/recevabilite").then().statusCode(400)
                .body("violations.champ", hasItem("motivation"));
        instructeur().body(Map.of("motivation", "x"))
                .post("/api/v1/instructions/" + id + "/recevabilite").then().statusCode(400)
                .body("violations.champ", hasItem("recevable"));
        instructeur().body(Map.of("recevable", false, "motivation", "Moins de trois personnes morales membres."))
                .post("/api/v1/instructions/" + id + "/recevabilite").then().statusCode(200)
                .body("statut", equalTo("IRRECEVABLE"));
        KafkaTestClient.Received r = Scenario.attendreEvenements("ptce.instructions", "candidature.irrecevable", id, 1).get(0);
        assertThat(r.data().path("motivation").asText()).isEqualTo("Moins de trois personnes morales membres.");
        assertThat(EventCatalogue.problems(r.fact(), r.data())).isEmpty();
        // A closed file accepts no further step: each refusal names the status.
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("IRRECEVABLE"));
        instructeur().body(Map.of("evaluateurSub", "e-x"))
                .post("/api/v1/instructions/" + id + "/evaluateurs").then().statusCode(409)
                .body("detail", containsString("IRRECEVABLE"));
    }

    @Test
    void chaqueTransitionInterditeEst409NommantLeStatut() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID id = Scenario.depot(campagne, "PHASE_2");
        // A_INSTRUIRE: neither corrections, nor admissibility, nor evaluators.
        instructeur().body(Map.of("motif", "m")).post("/api/v1/instructions/" + id + "/corrections")
                .then().statusCode(409).body("detail", containsString("A_INSTRUIRE"));
        instructeur().body(Map.of("recevable", true)).post("/api/v1/instructions/" + id + "/recevabilite")
                .then().statusCode(409).body("detail", containsString("A_INSTRUIRE"));
        instructeur().body(Map.of("evaluateurSub", "e1")).post("/api/v1/instructions/" + id + "/evaluateurs")
                .then().statusCode(409).body("detail", containsString("A_INSTRUIRE"));
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        // EN_INSTRUCTION: not taken twice.
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge")
                .then().statusCode(409).body("detail", containsString("EN_INSTRUCTION"));
        instructeur().body(Map.of("recevable", true)).post("/api/v1/instructions/" + id + "/recevabilite")
                .then().statusCode(200);
        // RECEVABLE: no corrections any more, no second ruling.
        instructeur().body(Map.of("motif", "m")).post("/api/v1/instructions/" + id + "/corrections")
                .then().statusCode(409).body("detail", containsString("RECEVABLE"));
        instructeur().body(Map.of("recevable", false, "motivation", "m"))
                .post("/api/v1/instructions/" + id + "/recevabilite")
                .then().statusCode(409).body("detail", containsString("RECEVABLE"));
        // Not rankable yet: no committee decision.
        Scenario.comite().body(Map.of("candidatureId", id.toString(), "decision", "LAUREAT", "motivation", "m"))
                .post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(409).body("detail", containsString("RECEVABLE"));
    }

    @Test
    void leRetraitFermeLeDossier() {
        UUID campagne = Scenario.campagnePhase2(15);
        ObjectNode depot = Scenario.candidature(campagne, "PHASE_2");
        UUID id = Scenario.depot(depot);
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        ObjectNode retrait = (ObjectNode) EventCatalogue.example("candidature.retiree").deepCopy();
        retrait.put("candidatureId", id.toString());
        retrait.put("numero", depot.path("numero").asText());
        retrait.put("campagneId", campagne.toString());
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.retiree", retrait);
        Scenario.attendreStatut(id, "RETIREE");
        instructeur().body(Map.of("recevable", true)).post("/api/v1/instructions/" + id + "/recevabilite")
                .then().statusCode(409).body("detail", containsString("RETIREE"));
    }

    @Test
    void laListeEstPagineeParCurseurEtFiltrable() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID a = Scenario.depot(campagne, "PHASE_2");
        UUID b = Scenario.depot(campagne, "PHASE_2");
        UUID c = Scenario.depot(campagne, "PHASE_2");
        var page1 = instructeur().get("/api/v1/instructions?campagne=" + campagne + "&taille=2")
                .then().statusCode(200).body("elements", hasSize(2)).body("curseurSuivant", notNullValue())
                .extract();
        String curseur = page1.path("curseurSuivant");
        var page2 = instructeur().get("/api/v1/instructions?campagne=" + campagne + "&taille=2&curseur=" + curseur)
                .then().statusCode(200).body("elements", hasSize(1)).body("curseurSuivant", nullValue()).extract();
        List<String> ids = new java.util.ArrayList<>(page1.<List<String>>path("elements.candidatureId"));
        ids.addAll(page2.path("elements.candidatureId"));
        assertThat(ids).containsExactlyInAnyOrder(a.toString(), b.toString(), c.toString());
        instructeur().post("/api/v1/instructions/" + b + "/prise-en-charge").then().statusCode(200);
        instructeur().get("/api/v1/instructions?campagne=" + campagne + "&statut=EN_INSTRUCTION")
                .then().statusCode(200).body("elements.candidatureId", equalTo(List.of(b.toString())));
    }
}
