package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every status transition, driven by the porteur's requests and the other services' events. */
@QuarkusTest
@Order(2)
class ParcoursCandidatureTest {

    private static final Duration ATTENTE = Duration.ofSeconds(30);

    /** A catalogue example of {@code fact}, pointed at our file: we accept what the catalogue shows. */
    static ObjectNode exemple(String fact, String candidatureId) {
        ObjectNode n = EventCatalogue.example(fact).deepCopy();
        n.put("candidatureId", candidatureId);
        return n;
    }

    static void envoyer(String topic, String fact, ObjectNode data) {
        KafkaTestClient.send(topic, UUID.randomUUID().toString(), fact, data);
    }

    static void attendreStatut(String token, String id, String statut) {
        await().atMost(ATTENTE).untilAsserted(() ->
                as(token).get("/api/v1/candidatures/" + id).then().statusCode(200).body("statut", equalTo(statut)));
    }

    @Test
    void duBrouillonALaDecisionChaqueTransitionEstHistorisee() {
        String campagne = Fixtures.campagnePubliee(Fixtures.campagnePhase2("2020-01-01T00:00:00+01:00", "2099-07-31T12:00:00+02:00"));
        String porteur = Fixtures.porteur();
        String siret = Fixtures.siret();
        // Phase 2 requires a phase-1 lauréat: the evaluation service says so by event.
        ObjectNode laureat = EventCatalogue.example("laureat.phase1.designe").deepCopy();
        laureat.put("siret", siret);
        laureat.put("candidatureId", UUID.randomUUID().toString());
        envoyer("ptce.decisions", "laureat.phase1.designe", laureat);
        await().atMost(ATTENTE).untilAsserted(() -> as(INSTRUCTEUR).get("/api/v1/structures/" + siret + "/eligibilite")
                .then().statusCode(200).body("eligible", equalTo(true)));

        String id = Fixtures.brouillonComplet(porteur, campagne, siret);
        as(porteur).get("/api/v1/candidatures/" + id).then().statusCode(200)
                .body("statut", equalTo("BROUILLON")).body("numero", nullValue());

        String numero = Fixtures.deposer(porteur, id).then().statusCode(200)
                .body("statut", equalTo("DEPOSEE"))
                .body("numero", matchesPattern("PTCE-2020-P2-\\d{5}"))
                .body("structure.region", equalTo("Bretagne"))
                .extract().path("numero");

        // The snapshot the other services need, valid against the catalogue.
        JsonNode depot = KafkaTestClient.await("ptce.candidatures", "candidature.deposee", "candidatureId", id, 1, ATTENTE)
                .get(0).data();
        assertTrue(EventCatalogue.problems("candidature.deposee", depot).isEmpty(),
                () -> EventCatalogue.problems("candidature.deposee", depot).toString());
        assertEquals(numero, depot.get("numero").asText());
        assertEquals("35", depot.at("/structure/departement").asText());
        assertEquals("Bretagne", depot.at("/structure/region").asText());
        assertEquals("claire@pole-val.fr", depot.get("contactEmail").asText());
        assertEquals(3, depot.get("membres").size());
        assertEquals(25_000_000L, depot.at("/projet/budgetCentimes").asLong());

        // Content is frozen once submitted; a second submission is refused; both name the status.
        as(porteur).body(Fixtures.contenu(siret)).put("/api/v1/candidatures/" + id).then().statusCode(409)
                .body("detail", containsString("DEPOSEE"))
                .body("type", equalTo("https://ptce.gouv.fr/problemes/transition-interdite"))
                .body("code", equalTo("transition-interdite"))
                .body("violations.find { it.champ == 'statut' }.message", containsString("DEPOSEE"));
        Fixtures.deposer(porteur, id).then().statusCode(409).body("detail", containsString("DEPOSEE"));
        Fixtures.joindre(porteur, id, "AUTRE", "x.pdf", Fixtures.pdf()).then().statusCode(409);

        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", id));
        attendreStatut(porteur, id, "EN_INSTRUCTION");
        envoyer("ptce.instructions", "candidature.recevable", exemple("candidature.recevable", id));
        envoyer("ptce.instructions", "corrections.demandees", exemple("corrections.demandees", id));
        attendreStatut(porteur, id, "CORRECTIONS_DEMANDEES");

        // The porteur corrects and submits again, even though… the campaign is still open here;
        // re-submission is tested after closing in EcheanceDepotTest.
        Map<String, Object> corrige = Fixtures.contenu(siret);
        corrige.put("territoire", "Rennes Métropole");
        as(porteur).body(corrige).put("/api/v1/candidatures/" + id).then().statusCode(200);
        Fixtures.deposer(porteur, id).then().statusCode(200).body("statut", equalTo("DEPOSEE")).body("numero", equalTo(numero));
        JsonNode redepot = KafkaTestClient.await("ptce.candidatures", "candidature.redeposee", "candidatureId", id, 1, ATTENTE)
                .get(0).data();
        assertTrue(EventCatalogue.problems("candidature.redeposee", redepot).isEmpty());
        assertEquals("Rennes Métropole", redepot.get("territoire").asText());

        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", id));
        attendreStatut(porteur, id, "EN_INSTRUCTION");
        ObjectNode attente = exemple("decision.rendue", id);
        attente.put("decision", "LISTE_ATTENTE");
        envoyer("ptce.decisions", "decision.rendue", attente);
        attendreStatut(porteur, id, "LISTE_ATTENTE");
        envoyer("ptce.decisions", "decision.rendue", exemple("decision.rendue", id)); // LAUREAT
        attendreStatut(porteur, id, "ACCEPTEE");

        // A decision is final: the porteur can no longer withdraw; a lauréat's renouncement can.
        as(porteur).body("{}").post("/api/v1/candidatures/" + id + "/retrait").then().statusCode(409)
                .body("detail", containsString("ACCEPTEE"));
        envoyer("ptce.decisions", "laureat.phase2.desiste", exemple("laureat.phase2.desiste", id));
        attendreStatut(porteur, id, "RETIREE");

        List<String> suite = as(porteur).get("/api/v1/candidatures/" + id).then().extract().path("historique.nouveauStatut");
        assertEquals(List.of("BROUILLON", "DEPOSEE", "EN_INSTRUCTION", "EN_INSTRUCTION", "CORRECTIONS_DEMANDEES", "DEPOSEE",
                "EN_INSTRUCTION", "LISTE_ATTENTE", "ACCEPTEE", "RETIREE"), suite);
        as(porteur).get("/api/v1/candidatures/" + id).then()
                .body("historique[4].motif", containsString("statuts transmis ne sont pas signés"))
                .body("historique[4].acteur", equalTo("instructeur"))
                .body("historique[3].motif", containsString("recevable"))
                .body("historique[8].motif", containsString("Projet mature"))
                .body("historique[9].motif", containsString("renonce"));
    }

    @Test
    void irrecevableDonneRefuseeAvecLaMotivationEtNonRetenuDonneRefusee() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String a = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Fixtures.deposer(porteur, a).then().statusCode(200);
        envoyer("ptce.instructions", "candidature.irrecevable", exemple("candidature.irrecevable", a));
        attendreStatut(porteur, a, "REFUSEE");
        as(porteur).get("/api/v1/candidatures/" + a).then()
                .body("historique.motif", hasItem(containsString("Moins de trois personnes morales")));

        String b = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Fixtures.deposer(porteur, b).then().statusCode(200);
        ObjectNode refus = exemple("decision.rendue", b);
        refus.put("decision", "NON_RETENU");
        envoyer("ptce.decisions", "decision.rendue", refus);
        attendreStatut(porteur, b, "REFUSEE");

        String c = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Fixtures.deposer(porteur, c).then().statusCode(200);
        ObjectNode sansSuite = exemple("decision.rendue", c);
        sansSuite.put("decision", "SANS_SUITE");
        envoyer("ptce.decisions", "decision.rendue", sansSuite);
        attendreStatut(porteur, c, "SANS_SUITE");
    }

    @Test
    void leRetraitEmetUnEvenementEtLibereLaPlaceDeLaStructure() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String siret = Fixtures.siret();
        String id = Fixtures.brouillonComplet(porteur, campagne, siret);
        Fixtures.deposer(porteur, id).then().statusCode(200);

        // One live application per structure and campaign.
        String doublon = Fixtures.brouillonComplet(porteur, campagne, siret);
        Fixtures.deposer(porteur, doublon).then().statusCode(409).body("code", equalTo("candidature-existante"));

        as(porteur).body(Map.of("motif", "Projet reporté")).post("/api/v1/candidatures/" + id + "/retrait").then()
                .statusCode(200).body("statut", equalTo("RETIREE"));
        JsonNode retrait = KafkaTestClient.await("ptce.candidatures", "candidature.retiree", "candidatureId", id, 1, ATTENTE)
                .get(0).data();
        assertTrue(EventCatalogue.problems("candidature.retiree", retrait).isEmpty());
        assertEquals("Projet reporté", retrait.get("motif").asText());
        as(porteur).body("{}").post("/api/v1/candidatures/" + id + "/retrait").then().statusCode(409)
                .body("detail", containsString("RETIREE"));

        Fixtures.deposer(porteur, doublon).then().statusCode(200);
    }

    @Test
    void unEvenementInattenduNeBloquePasLeFlux() throws Exception {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String brouillon = Fixtures.brouillon(porteur, campagne, Fixtures.siret());

        // Unknown file: a broken reference, sent to the dead-letter topic with its reason.
        String inconnue = UUID.randomUUID().toString();
        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", inconnue));
        List<KafkaTestClient.Received> dlq = KafkaTestClient.readUntil("ptce.dlq.candidature", ATTENTE,
                l -> l.stream().anyMatch(r -> r.rawValue() != null && r.rawValue().contains(inconnue)));
        assertTrue(dlq.stream().anyMatch(r -> r.rawValue().contains(inconnue)), "événement en lettre morte");

        // A file in a status where the event does not apply: ignored, and the stream goes on.
        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", brouillon));
        String autre = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Fixtures.deposer(porteur, autre).then().statusCode(200);
        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", autre));
        attendreStatut(porteur, autre, "EN_INSTRUCTION");
        as(porteur).get("/api/v1/candidatures/" + brouillon).then().body("statut", equalTo("BROUILLON"))
                .body("historique.size()", equalTo(1));

        // A redelivered event (same id) has no second effect.
        String eventId = UUID.randomUUID().toString();
        ObjectNode corrections = exemple("corrections.demandees", autre);
        KafkaTestClient.send("ptce.instructions", autre, "corrections.demandees", eventId, corrections);
        KafkaTestClient.send("ptce.instructions", autre, "corrections.demandees", eventId, corrections);
        attendreStatut(porteur, autre, "CORRECTIONS_DEMANDEES");
        Thread.sleep(1500);
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from historique_statut where candidature_id = ? and nouveau_statut = 'CORRECTIONS_DEMANDEES'")) {
            ps.setObject(1, UUID.fromString(autre));
            ResultSet rs = ps.executeQuery();
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
