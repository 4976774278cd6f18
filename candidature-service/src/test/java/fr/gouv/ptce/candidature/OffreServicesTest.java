package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service offer: only the owners of phase-1 lauréats get in; seats hold under concurrency. */
@QuarkusTest
@Order(11)
class OffreServicesTest {

    private static final Duration ATTENTE = Duration.ofSeconds(30);

    /** A phase-1 lauréat owned by a new porteur; returns {siret, token}. */
    static String[] laureat() {
        String sub = "porteur-" + UUID.randomUUID();
        String siret = Fixtures.siret();
        ObjectNode e = EventCatalogue.example("laureat.phase1.designe").deepCopy();
        e.put("siret", siret).put("porteurSub", sub).put("candidatureId", UUID.randomUUID().toString())
                .put("raisonSociale", "PTCE " + siret);
        KafkaTestClient.send("ptce.decisions", siret, "laureat.phase1.designe", UUID.randomUUID().toString(), e);
        return new String[]{siret, TestTokens.forUser(sub, "porteur")};
    }

    static void attendreLaureats(List<String[]> laureats) {
        for (String[] l : laureats) {
            await().atMost(ATTENTE).untilAsserted(() -> as(AnnuaireTest.PARTENAIRE).queryParam("q", l[0])
                    .get("/api/v1/annuaire").then().body("elements.size()", equalTo(1)));
        }
    }

    static String session(int capacite) {
        Map<String, Object> o = new HashMap<>();
        o.put("type", "COLLECTIF");
        o.put("theme", "MODELE_ECONOMIQUE");
        o.put("titre", "Atelier modèle économique " + UUID.randomUUID());
        o.put("debut", "2030-03-14T09:30:00+01:00");
        o.put("lieu", "Maison de l'ESS, Rennes");
        o.put("capacite", capacite);
        return as(ADMIN).body(o).post("/api/v1/offres").then().statusCode(201)
                .body("placesRestantes", equalTo(capacite)).extract().path("id");
    }

    @Test
    void trenteInscriptionsSimultaneesPourVingtCinqPlaces() throws Exception {
        List<String[]> laureats = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            laureats.add(laureat());
        }
        attendreLaureats(laureats);
        String offre = session(25);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Callable<String>> taches = new ArrayList<>();
        for (String[] l : laureats) {
            taches.add(() -> as(l[1]).body(Map.of("siret", l[0])).post("/api/v1/offres/" + offre + "/inscriptions")
                    .then().statusCode(201).extract().path("statut"));
        }
        List<String> statuts = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(taches)) {
            statuts.add(f.get());
        }
        pool.shutdown();
        assertEquals(25, statuts.stream().filter("INSCRIT"::equals).count(), statuts::toString);
        assertEquals(5, statuts.stream().filter("EN_ATTENTE"::equals).count(), statuts::toString);
        as(ADMIN).get("/api/v1/offres/" + offre).then().body("placesRestantes", equalTo(0));

        // Cancelling a seat promotes the first in the waiting list (order of arrival).
        List<Map<String, Object>> inscriptions = as(ADMIN).get("/api/v1/offres/" + offre + "/inscriptions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> assis = inscriptions.stream().filter(i -> "INSCRIT".equals(i.get("statut"))).findFirst().orElseThrow();
        Map<String, Object> premierEnAttente = inscriptions.stream().filter(i -> "EN_ATTENTE".equals(i.get("statut")))
                .findFirst().orElseThrow();
        String jetonAssis = laureats.stream().filter(l -> l[0].equals(assis.get("siret"))).findFirst().orElseThrow()[1];
        // Another porteur cannot cancel it.
        as(laureats.get(0)[0].equals(assis.get("siret")) ? laureats.get(1)[1] : laureats.get(0)[1])
                .delete("/api/v1/offres/" + offre + "/inscriptions/" + assis.get("id")).then().statusCode(404);
        as(jetonAssis).delete("/api/v1/offres/" + offre + "/inscriptions/" + assis.get("id")).then().statusCode(200)
                .body("statut", equalTo("ANNULEE"));
        List<Map<String, Object>> apres = as(ADMIN).get("/api/v1/offres/" + offre + "/inscriptions").then()
                .extract().jsonPath().getList("$");
        assertEquals("INSCRIT", apres.stream().filter(i -> i.get("id").equals(premierEnAttente.get("id"))).findFirst()
                .orElseThrow().get("statut"));
        assertEquals(25, apres.stream().filter(i -> "INSCRIT".equals(i.get("statut"))).count());
        assertEquals(4, apres.stream().filter(i -> "EN_ATTENTE".equals(i.get("statut"))).count());

        // Each registration, the cancellation and the promotion went out through the outbox, valid against the catalogue.
        List<KafkaTestClient.Received> promues = KafkaTestClient.await("ptce.candidatures", "inscription.session.promue",
                "inscriptionId", (String) premierEnAttente.get("id"), 1, ATTENTE);
        JsonNode promue = promues.get(0).data();
        assertTrue(EventCatalogue.problems("inscription.session.promue", promue).isEmpty());
        assertEquals(premierEnAttente.get("siret"), promue.get("siret").asText());
        JsonNode annulee = KafkaTestClient.await("ptce.candidatures", "inscription.session.annulee", "inscriptionId",
                (String) assis.get("id"), 1, ATTENTE).get(0).data();
        assertEquals("INSCRIT", annulee.get("statutPrecedent").asText());
        JsonNode enregistree = KafkaTestClient.await("ptce.candidatures", "inscription.session.enregistree", "inscriptionId",
                (String) premierEnAttente.get("id"), 1, ATTENTE).get(0).data();
        assertEquals("EN_ATTENTE", enregistree.get("statut").asText());
        assertEquals("contact@pole-val.fr", enregistree.get("contactEmail").asText());
    }

    @Test
    void unPorteurNonLaureatEstRefuseAvecLeMotif() {
        String offre = session(10);
        String[] l = laureat();
        attendreLaureats(java.util.Collections.singletonList(l));
        // A porteur naming a structure it never applied for: 404, lauréat of someone else or not (nothing is revealed).
        as(Fixtures.porteur()).body(Map.of("siret", Fixtures.siret())).post("/api/v1/offres/" + offre + "/inscriptions")
                .then().statusCode(404).contentType("application/problem+json");
        as(Fixtures.porteur()).body(Map.of("siret", l[0])).post("/api/v1/offres/" + offre + "/inscriptions")
                .then().statusCode(404).body("detail", not(containsString("lauréat")));
        // The owner gets in, once.
        as(l[1]).body(Map.of("siret", l[0])).post("/api/v1/offres/" + offre + "/inscriptions").then().statusCode(201)
                .body("statut", equalTo("INSCRIT"));
        as(l[1]).body(Map.of("siret", l[0])).post("/api/v1/offres/" + offre + "/inscriptions").then().statusCode(409);
        as(l[1]).body(Map.of("siret", "123")).post("/api/v1/offres/" + offre + "/inscriptions").then().statusCode(400)
                .body("violations[0].champ", containsString("siret"));
        as(AnnuaireTest.PARTENAIRE).body(Map.of("siret", l[0])).post("/api/v1/offres/" + offre + "/inscriptions")
                .then().statusCode(403);
    }

    @Test
    void lesHeuresIndividuellesSontDecompteesDeLAllocation() {
        Map<String, Object> o = new HashMap<>();
        o.put("type", "INDIVIDUEL");
        o.put("theme", "GOUVERNANCE");
        o.put("titre", "Coaching gouvernance");
        o.put("heuresParStructure", 10);
        String offre = as(ADMIN).body(o).post("/api/v1/offres").then().statusCode(201).extract().path("id");
        o.remove("heuresParStructure");
        as(ADMIN).body(o).post("/api/v1/offres").then().statusCode(400)
                .body("violations[0].champ", equalTo("heuresParStructure"));
        String[] l = laureat();
        attendreLaureats(java.util.Collections.singletonList(l));
        as(l[1]).body(Map.of("siret", l[0], "heures", 6)).post("/api/v1/offres/" + offre + "/demandes").then()
                .statusCode(201).body("heuresRestantes", equalTo(4));
        as(l[1]).body(Map.of("siret", l[0], "heures", 5)).post("/api/v1/offres/" + offre + "/demandes").then()
                .statusCode(409).body("detail", containsString("4 restantes"));
        as(l[1]).body(Map.of("siret", l[0], "heures", 4)).post("/api/v1/offres/" + offre + "/demandes").then()
                .statusCode(201).body("heuresRestantes", equalTo(0));
        as(Fixtures.porteur()).body(Map.of("siret", l[0], "heures", 1)).post("/api/v1/offres/" + offre + "/demandes")
                .then().statusCode(404);
    }
}
