package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.campagneEnUnVersement;
import static fr.gouv.ptce.financement.it.Scenario.convention;
import static fr.gouv.ptce.financement.it.Scenario.enveloppe;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.exact;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.porteur;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clawbacks followed to their recovery (issue 20): DEMANDE → TITRE_EMIS → RECOUVRE or ANNULE, on a
 * completed agreement too, never above what was paid net of the earlier ones, shown in the envelope
 * figures and in the accounting export. Real PostgreSQL, Kafka and signed tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "financement"))
class ReversementsTest {

    private static final String TRANSITION = "https://ptce.gouv.fr/problemes/transition-interdite";

    @Inject
    AdjustableClock clock;

    @AfterEach
    void horlogeNormale() {
        clock.reset();
    }

    @Test
    void unReversementSurUneConventionSoldeeVaJusquAuRecouvrementEtSeRetrouveDansLEnveloppeEtLExport() {
        clock.pinTo(Instant.parse("2024-03-01T09:00:00Z"));
        UUID campagne = campagneEnUnVersement(30_000_000L);
        ObjectNode sel = selection(campagne, "porteur-rv1");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        JsonPath signee = signer(id, "2024-03-01");
        payer(signee.getString("echeances[0].id"), "2024-03-01");
        String rapport = given().auth().oauth2(porteur("porteur-rv1")).contentType("application/json")
                .body(Map.of("type", "FINANCIER_FINAL", "contenu", "Dépenses de l'année, justificatifs joints."))
                .post("/api/v1/conventions/{id}/rapports", id).then().statusCode(201).extract().path("id");
        given().auth().oauth2(gestionnaire()).post("/api/v1/rapports/{id}/approbation", rapport).then().statusCode(200);
        assertEquals("SOLDEE", convention(id).getString("statut"), "tout payé, le rapport approuvé : soldée");

        // Never more than what was paid (100 000 €), net of the clawbacks already requested.
        demander(id, "100000.01", "Contrôle final").statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("reversement-excedentaire"));
        demander(id, "30000.00", " ").statusCode(400).body("violations.champ", hasItem("motif"));
        ValidatableResponse cree = demander(id, "30000.00", "Dépenses non justifiées au contrôle final")
                .statusCode(201).body("statut", equalTo("DEMANDE")).body("conventionId", equalTo(id));
        String rev = cree.extract().path("id");
        assertEquals("/api/v1/reversements/" + rev, java.net.URI.create(cree.extract().header("Location")).getPath());
        demander(id, "70000.01", "Encore").statusCode(409).body("code", equalTo("reversement-excedentaire"))
                .body("detail", containsString("70000.00"));

        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("30000.00"), env.get("reversementsDemandes"));
        assertEquals(new BigDecimal("0.00"), env.get("recouvre"));
        reconcilie(env);

        // Each step once, in order; the kit's one problem type for a refused step.
        etape(rev, "recouvrement", Map.of("dateRecouvrement", "2024-03-01")).statusCode(409)
                .body("type", equalTo(TRANSITION)).body("violations.find { it.champ == 'statut' }.message",
                        containsString("DEMANDE"));
        String reference = "TP-" + UUID.randomUUID().toString().substring(0, 8);
        etape(rev, "titre", Map.of("reference", reference)).statusCode(200).body("statut", equalTo("TITRE_EMIS"))
                .body("referenceTitre", equalTo(reference));
        etape(rev, "titre", Map.of("reference", reference + "B")).statusCode(409).body("type", equalTo(TRANSITION));
        etape(rev, "recouvrement", Map.of("dateRecouvrement", "2024-03-02")).statusCode(400)
                .body("violations.champ", hasItem("dateRecouvrement"));
        etape(rev, "recouvrement", Map.of("dateRecouvrement", "2024-03-01")).statusCode(200)
                .body("statut", equalTo("RECOUVRE")).body("dateRecouvrement", equalTo("2024-03-01"));
        etape(rev, "annulation", Map.of("motif", "trop tard")).statusCode(409).body("type", equalTo(TRANSITION));

        env = enveloppe(campagne);
        assertEquals(new BigDecimal("0.00"), env.get("reversementsDemandes"));
        assertEquals(new BigDecimal("30000.00"), env.get("recouvre"));
        assertEquals(new BigDecimal("100000.00"), env.get("paye"), "payé reste ce qui a été décaissé");
        assertEquals(new BigDecimal("70000.00"), env.get("payeNet"));
        assertEquals(new BigDecimal("200000.00"), env.get("disponible"), "le recouvré ne rouvre pas l'enveloppe");
        reconcilie(env);

        for (String fait : List.of("reversement.demande", "reversement.titre.emis", "reversement.recouvre")) {
            var recu = KafkaTestClient.await("ptce.financements", fait, "reversementId", rev, 1, Duration.ofSeconds(20));
            assertEquals("porteur-rv1", recu.get(0).data().path("porteurSub").asText(), fait);
            assertEquals(3_000_000L, recu.get(0).data().path("montantCentimes").asLong(), fait);
        }

        String csv = given().auth().oauth2(gestionnaire()).queryParam("du", "2024-03-01").queryParam("au", "2024-03-01")
                .get("/api/v1/exports/reversements").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lignes = csv.lines().toList();
        assertEquals("reversementId;conventionId;numero;siret;raisonSociale;montant;statut;dateDemande;referenceTitre;"
                + "dateTitre;dateRecouvrement;dateAnnulation;motif", lignes.get(0));
        assertTrue(lignes.contains(rev + ";" + id + ";" + sel.path("numero").asText() + ";35600000000048;"
                + sel.path("raisonSociale").asText() + ";30000.00;RECOUVRE;2024-03-01;" + reference
                + ";2024-03-01;2024-03-01;;Dépenses non justifiées au contrôle final"), csv);
        assertTrue(given().auth().oauth2(gestionnaire()).queryParam("du", "2024-03-02")
                .get("/api/v1/exports/reversements").then().statusCode(200).extract().asString().lines()
                .noneMatch(l -> l.startsWith(rev)), "hors période");

        // The porteur sees its clawback within its agreement; another porteur does not learn either exists.
        given().auth().oauth2(porteur("porteur-rv1")).get("/api/v1/conventions/{id}", id).then().statusCode(200)
                .body("reversements[0].statut", equalTo("RECOUVRE")).body("reversements[0].referenceTitre", equalTo(reference));
        given().auth().oauth2(porteur("porteur-intrus")).get("/api/v1/conventions/{id}", id).then().statusCode(404);
        given().auth().oauth2(porteur("porteur-rv1")).get("/api/v1/reversements/{id}", rev).then().statusCode(403);
        given().auth().oauth2(gestionnaire()).get("/api/v1/reversements/{id}", rev).then().statusCode(200)
                .body("statut", equalTo("RECOUVRE")).body("montant", equalTo(30000.00f));
        given().auth().oauth2(gestionnaire()).get("/api/v1/reversements/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("montant", "10.00", "motif", "Inconnue"))
                .post("/api/v1/conventions/{id}/reversements", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(porteur("porteur-rv1")).contentType("application/json").body(Map.of("reference", "X1"))
                .post("/api/v1/reversements/{id}/titre", rev).then().statusCode(403);
        etape(UUID.randomUUID().toString(), "titre", Map.of("reference", "TP-INCONNU")).statusCode(404);
        given().auth().oauth2(gestionnaire()).get("/api/v1/reversements/{id}/historique", rev).then().statusCode(200)
                .body("action", equalTo(List.of("DEMANDE", "TITRE_EMIS", "RECOUVREMENT")));
    }

    @Test
    void unReversementAnnuleRendSaPartEtLaResiliationNePeutReclamerDeuxFoisLaMemeSomme() {
        clock.pinTo(Instant.parse("2024-04-02T09:00:00Z"));
        UUID campagne = campagne(50_000_000L);
        ObjectNode sel = selection(campagne, "porteur-rv2");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        demander(id, "10.00", "Trop tôt").statusCode(409).body("type", equalTo(TRANSITION))
                .body("violations.find { it.champ == 'statut' }.message", containsString("A_SIGNER"));
        given().auth().oauth2(porteur("porteur-rv2")).contentType("application/json")
                .body(Map.of("montant", "10.00", "motif", "x")).post("/api/v1/conventions/{id}/reversements", id)
                .then().statusCode(403);

        JsonPath signee = signer(id, "2024-04-02");
        payer(signee.getString("echeances[0].id"), "2024-04-02"); // 50 000 € of 100 000 €
        String premier = demander(id, "50000.00", "Premier contrôle").statusCode(201).extract().path("id");
        demander(id, "0.01", "Rien de plus").statusCode(409).body("code", equalTo("reversement-excedentaire"));
        String reference = "TP-" + UUID.randomUUID().toString().substring(0, 8);
        etape(premier, "titre", Map.of("reference", reference)).statusCode(200);
        etape(premier, "annulation", Map.of("motif", "Justificatifs produits après le titre")).statusCode(200)
                .body("statut", equalTo("ANNULE")).body("referenceTitre", equalTo(reference));
        KafkaTestClient.await("ptce.financements", "reversement.annule", "reversementId", premier, 1, Duration.ofSeconds(20));

        // The cancelled one no longer counts: 50 000 € may be claimed again, once; a title reference serves once.
        String second = demander(id, "20000.00", "Second contrôle").statusCode(201).extract().path("id");
        etape(second, "titre", Map.of("reference", reference)).statusCode(409)
                .body("code", equalTo("reference-titre-deja-utilisee"));
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "Cessation d'activité", "montantReversement", "30000.01"))
                .post("/api/v1/conventions/{id}/resiliation", id).then().statusCode(409)
                .body("code", equalTo("reversement-excedentaire"));
        JsonPath resiliee = exact(given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "Cessation d'activité", "montantReversement", "30000.00"))
                .post("/api/v1/conventions/{id}/resiliation", id).then().statusCode(200).extract().jsonPath());
        assertEquals("RESILIEE", resiliee.getString("statut"));
        // the clock is pinned: the three were requested at the same instant, in no particular order
        assertEquals(List.of("ANNULE", "DEMANDE", "DEMANDE"),
                resiliee.<String>getList("reversements.statut").stream().sorted().toList());

        // A terminated agreement can still be clawed back, within the same ceiling.
        demander(id, "0.01", "Après résiliation").statusCode(409).body("code", equalTo("reversement-excedentaire"));
        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("50000.00"), env.get("reversementsDemandes"));
        assertEquals(new BigDecimal("50000.00"), env.get("engage"));
        assertEquals(new BigDecimal("450000.00"), env.get("disponible"));
        reconcilie(env);
    }

    /** The envelope's figures always reconcile, clawbacks or not. */
    private static void reconcilie(JsonPath env) {
        BigDecimal total = env.get("total");
        BigDecimal engage = env.get("engage");
        BigDecimal paye = env.get("paye");
        assertEquals(total, engage.add(env.get("disponible")), "total = engagé + disponible");
        assertTrue(paye.compareTo(engage) <= 0, "payé ≤ engagé");
        assertEquals(paye.subtract(env.get("recouvre")), env.get("payeNet"), "payé net = payé − recouvré");
    }

    private static ValidatableResponse demander(String conventionId, String montant, String motif) {
        return given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body("{\"montant\":" + montant + ",\"motif\":\"" + motif + "\"}")
                .post("/api/v1/conventions/{id}/reversements", conventionId).then();
    }

    private static ValidatableResponse etape(String reversementId, String etape, Map<String, String> corps) {
        return given().auth().oauth2(gestionnaire()).contentType("application/json").body(corps)
                .post("/api/v1/reversements/{id}/" + etape, reversementId).then();
    }

    private static JsonPath signer(String id, String date) {
        return given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", date))
                .post("/api/v1/conventions/{id}/signature", id).then().statusCode(200).extract().jsonPath();
    }

    private static void payer(String echeance, String date) {
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", echeance)
                .then().statusCode(200);
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "DGFIP-" + UUID.randomUUID().toString().substring(0, 12), "datePaiement", date))
                .post("/api/v1/echeances/{id}/paiement", echeance).then().statusCode(200);
    }
}
