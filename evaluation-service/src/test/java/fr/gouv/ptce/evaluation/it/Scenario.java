package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Drives the service as the platform does: campaigns and candidatures arrive as real Kafka events
 * (built from the catalogue's examples), people act through HTTP with real signed tokens.
 */
final class Scenario {

    static final String INSTRUCTEUR = "instructeur-1";
    static final String COMITE = "comite-1";
    private static final AtomicInteger NUMERO = new AtomicInteger((int) (System.nanoTime() % 50_000) + 10_000);

    private Scenario() {
    }

    static RequestSpecification comme(String sub, String... roles) {
        return given().auth().oauth2(TestTokens.forUser(sub, roles)).contentType("application/json");
    }

    static RequestSpecification instructeur() {
        return comme(INSTRUCTEUR, "instructeur");
    }

    static RequestSpecification comite() {
        return comme(COMITE, "comite");
    }

    static RequestSpecification evaluateur(String sub) {
        return comme(sub, "evaluateur");
    }

    /** Publishes a campaign with the example's grid (ANCRAGE 3, MODELE 2, IMPACT 2) and waits for it. */
    static UUID campagne(String phase, Integer maxLaureats, Long montantCentimes, Long enveloppeCentimes) {
        UUID id = UUID.randomUUID();
        ObjectNode data = (ObjectNode) EventCatalogue.example("campagne.publiee").deepCopy();
        data.put("campagneId", id.toString());
        data.put("code", "PTCE-TEST-" + id.toString().substring(0, 8));
        data.put("phase", phase);
        putOrNull(data, "maxLaureats", maxLaureats == null ? null : maxLaureats.longValue());
        putOrNull(data, "montantParLaureatCentimes", montantCentimes);
        putOrNull(data, "enveloppeCentimes", enveloppeCentimes);
        KafkaTestClient.send("ptce.campagnes", id.toString(), "campagne.publiee", data);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                comite().get("/api/v1/campagnes/" + id + "/classement").statusCode() == 200);
        return id;
    }

    /** A phase-1 campaign published without a scoring grid (decided on the instruction alone). */
    static UUID campagneSansGrille() {
        UUID id = UUID.randomUUID();
        ObjectNode data = (ObjectNode) EventCatalogue.example("campagne.publiee").deepCopy();
        data.put("campagneId", id.toString());
        data.put("code", "PTCE-SG-" + id.toString().substring(0, 8));
        data.put("phase", "PHASE_1");
        data.putNull("maxLaureats");
        data.putNull("montantParLaureatCentimes");
        data.putNull("enveloppeCentimes");
        data.putArray("grille");
        KafkaTestClient.send("ptce.campagnes", id.toString(), "campagne.publiee", data);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                comite().get("/api/v1/campagnes/" + id + "/classement").statusCode() == 200);
        return id;
    }

    static UUID campagnePhase2(int maxLaureats) {
        return campagne("PHASE_2", maxLaureats, 10_000_000L, 150_000_000L);
    }

    static ObjectNode candidature(UUID campagneId, String phase) {
        UUID id = UUID.randomUUID();
        ObjectNode data = (ObjectNode) EventCatalogue.example("candidature.deposee").deepCopy();
        data.put("candidatureId", id.toString());
        data.put("numero", "PTCE-2023-" + (phase.equals("PHASE_1") ? "P1" : "P2") + "-"
                + String.format("%05d", NUMERO.incrementAndGet()));
        data.put("campagneId", campagneId.toString());
        data.put("phase", phase);
        data.put("porteurSub", "porteur-" + id);
        data.put("deposeeLe", Instant.now().toString());
        return data;
    }

    /** Sends candidature.deposee and waits until the file is listed. */
    static UUID depot(UUID campagneId, String phase) {
        return depot(candidature(campagneId, phase));
    }

    static UUID depot(ObjectNode data) {
        UUID id = UUID.fromString(data.path("candidatureId").asText());
        KafkaTestClient.send("ptce.candidatures", id.toString(), "candidature.deposee", data);
        attendreStatut(id, "A_INSTRUIRE");
        return id;
    }

    static void attendreStatut(UUID id, String statut) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = instructeur().get("/api/v1/instructions/" + id);
            return r.statusCode() == 200 && statut.equals(r.path("statut"));
        });
    }

    /** Takes the file and declares it admissible. */
    static void recevable(UUID id) {
        instructeur().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(200);
        instructeur().body(Map.of("recevable", true, "motivation", "Dossier complet."))
                .post("/api/v1/instructions/" + id + "/recevabilite").then().statusCode(200);
    }

    /** Assigns an evaluator: the Keycloak id of one of the directory (see {@link ComptesKeycloak}). */
    static String affecter(UUID dossier, String evaluateurSub) {
        return instructeur().body(Map.of("evaluateurSub", evaluateurSub))
                .post("/api/v1/instructions/" + dossier + "/evaluateurs")
                .then().statusCode(201).extract().path("id");
    }

    /** Assigns, declares no conflict, notes every criterion with the same note, submits. */
    static String evaluer(UUID dossier, String evaluateurSub, double ancrage, double modele, double impact) {
        String id = affecter(dossier, evaluateurSub);
        evaluateur(evaluateurSub).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200);
        evaluateur(evaluateurSub).body(notes(ancrage, modele, impact))
                .put("/api/v1/evaluations/" + id).then().statusCode(200);
        evaluateur(evaluateurSub).post("/api/v1/evaluations/" + id + "/soumission").then().statusCode(200);
        return id;
    }

    static Map<String, Object> notes(double ancrage, double modele, double impact) {
        return Map.of("notes", List.of(
                Map.of("critere", "ANCRAGE", "note", ancrage, "commentaire", "Ancrage apprécié."),
                Map.of("critere", "MODELE", "note", modele, "commentaire", "Modèle examiné."),
                Map.of("critere", "IMPACT", "note", impact, "commentaire", "Impact estimé.")),
                "avis", "Avis d'ensemble.");
    }

    /**
     * A file deposited, admissible, and scored by two evaluators: ready for the committee. The same two
     * national evaluators score every such file (as a cell's evaluators score many): one Keycloak account
     * each for the whole suite, not two per file.
     */
    static UUID dossierClasse(UUID campagneId, String phase, double note1, double note2) {
        UUID id = depot(campagneId, phase);
        recevable(id);
        evaluer(id, ComptesKeycloak.evaluateur("eval-a"), note1, note1, note1);
        evaluer(id, ComptesKeycloak.evaluateur("eval-b"), note2, note2, note2);
        return id;
    }

    static List<KafkaTestClient.Received> attendreEvenements(String topic, String fait, UUID candidatureId, int n) {
        return KafkaTestClient.await(topic, fait, "candidatureId", candidatureId.toString(), n, Duration.ofSeconds(30));
    }

    private static void putOrNull(ObjectNode data, String champ, Long valeur) {
        if (valeur == null) {
            data.putNull(champ);
        } else {
            data.put(champ, valeur);
        }
    }
}
