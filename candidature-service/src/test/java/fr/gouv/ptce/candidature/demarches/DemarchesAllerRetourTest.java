package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.Fixtures;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip through DS: an instructeur's correction request reaches the applicant as a DS
 * correction message and comes back with the changes once answered; an ineligible dossier is told
 * its failed rules on DS and checked again once fixed.
 */
@QuarkusTest
@Order(13)
class DemarchesAllerRetourTest extends BancDemarches {

    @Test
    void uneDemandeDeCorrectionPartSurDsEtLeDossierCorrigeRevientALInstructeurAvecSesChangements() throws Exception {
        configurer(true);
        int n = numero();
        Map<String, Object> d = ajouter(n, Fixtures.siret());
        synchroniser(ADMIN);
        String id = candidatureDuDossier(n);
        evenement("ptce.instructions", "instruction.demarree", id, Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> statut().getLong("ecritures.aEnvoyer") == 1);
        assertEquals(1, envoi.envoyer());
        assertEquals("en_instruction", ds.dossiers.get(n).get("state"));

        String motif = "Le budget prévisionnel n'est pas signé (dossier " + n + ").";
        evenement("ptce.instructions", "corrections.demandees", id, Map.of("motif", motif));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(ADMIN).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("CORRECTIONS_DEMANDEES")));
        await().atMost(Duration.ofSeconds(10)).until(() -> statut().getLong("ecritures.aEnvoyer") == 1);
        assertEquals(1, envoi.envoyer());

        List<FauxDemarchesSimplifiees.MutationAppliquee> messages = ds.mutationsAppliquees.stream()
                .filter(m -> m.numero() == n && m.mutation().equals("dossierEnvoyerMessage")).toList();
        assertEquals(1, messages.size());
        Map<String, Object> input = messages.get(0).input();
        assertEquals("incorrect", input.get("correction"), "une demande de correction DS, pas un simple message");
        assertEquals("SW5zdHJ1Y3RldXItMQ==", input.get("instructeurId"));
        assertTrue(String.valueOf(input.get("body")).contains(motif), String.valueOf(input.get("body")));
        assertTrue(messages.get(0).clientMutationId() != null && !messages.get(0).clientMutationId().isBlank());
        assertEquals("en_construction", ds.dossiers.get(n).get("state"), "DS remet le dossier en construction");
        assertTrue(historique(id).stream().anyMatch(m -> m.contains("Demande de corrections transmise")), historique(id).toString());

        // the applicant edits on DS, without answering yet: nothing is taken
        String titre = "Filière réemploi corrigée " + n;
        castChamps(d).set(1, DossiersDeTest.texte(DossiersDeTest.TITRE, "Titre", titre));
        castChamps(d).set(6, DossiersDeTest.piece(ds, DossiersDeTest.BUDGET, "Budget", "budget-signe-" + n + ".pdf", Fixtures.pdf()));
        d.put("dateDerniereModification", Instant.now().toString());
        JsonPath pendant = synchroniser(ADMIN);
        assertEquals(0, pendant.getInt("derniereExecution.misAJour"), pendant.prettify());
        as(ADMIN).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("CORRECTIONS_DEMANDEES"))
                .body("projet.titre", equalTo("Filière réemploi " + n));

        // answered on DS: the changes are taken and the file goes back to the instructeur
        ds.repondreALaCorrection(n);
        JsonPath apres = synchroniser(INSTRUCTEUR);
        assertEquals(1, apres.getInt("derniereExecution.misAJour"), apres.prettify());
        as(ADMIN).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("DEPOSEE")).body("projet.titre", equalTo(titre));
        KafkaTestClient.await("ptce.candidatures", "candidature.redeposee", "candidatureId", id, 1, Duration.ofSeconds(20));
        String ligne = historique(id).stream().filter(m -> m.startsWith("Corrections apportées")).findFirst().orElseThrow();
        assertTrue(ligne.contains("projet.titre"), ligne);
        assertTrue(ligne.contains("BUDGET « budget-signe-" + n + ".pdf »"), ligne);
        assertFalse(ligne.contains("STATUTS"), "les statuts n'ont pas changé : " + ligne);
        assertEquals(1, synchroniser(ADMIN).getInt("derniereExecution.inchanges"), "rien de plus à la lecture suivante");
    }

    @Test
    void unDossierIneligibleRecoitSurDsChaqueRegleEnFrancaisPuisEstReverifieUneFoisCorrige() throws Exception {
        configurer(true);
        int n = numero();
        Map<String, Object> d = ajouter(n, "12345678901234");
        JsonPath s = synchroniser(ADMIN);
        assertEquals("inéligible, en attente du demandeur", s.getString("ineligibles[0].etat"), s.prettify());
        assertFalse(s.getBoolean("ineligibles[0].signale"));
        assertEquals(1, s.getLong("ecritures.aEnvoyer"));
        assertEquals(1, envoi.envoyer());

        List<Map<String, Object>> messages = ds.messages(n);
        assertEquals(1, messages.size());
        String corps = String.valueOf(messages.get(0).get("body"));
        assertTrue(corps.contains("ne peut pas être instruit"), corps);
        assertTrue(corps.contains("\n- "), "une règle par ligne : " + corps);
        assertTrue(corps.toLowerCase().contains("siret"), corps);
        assertFalse(corps.contains("SIRET_INVALIDE"), "en français, pas en codes : " + corps);
        assertNull(messages.get(0).get("correction"), "dossier en construction : le demandeur peut déjà le modifier");
        JsonPath signale = statut();
        assertTrue(signale.getBoolean("ineligibles[0].signale"), signale.prettify());
        as(INSTRUCTEUR).get(url("/statut")).then().statusCode(200)
                .body("ineligibles[0].etat", equalTo("inéligible, en attente du demandeur"));

        // read again unchanged: told once only
        synchroniser(ADMIN);
        assertEquals(0, statut().getLong("ecritures.aEnvoyer"));

        // fixed on DS: checked again and submitted
        castChamps(d).set(0, DossiersDeTest.siret(Fixtures.siret()));
        d.put("dateDerniereModification", Instant.now().toString());
        JsonPath apres = synchroniser(ADMIN);
        assertEquals(1, apres.getInt("derniereExecution.misAJour"), apres.prettify());
        assertEquals(List.of(), apres.getList("ineligibles"));
        String id = candidatureDuDossier(n);
        as(ADMIN).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("DEPOSEE"));
        assertEquals(1, ds.messages(n).size(), "pas de nouveau message une fois éligible");
    }

    private static List<String> historique(String id) {
        return new JsonPath(as(ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200).extract().asString())
                .getList("historique.motif", String.class);
    }
}
