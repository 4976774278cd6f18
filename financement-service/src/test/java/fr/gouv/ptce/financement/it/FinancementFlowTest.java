package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.financement.convention.EcheancierJob;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.convention;
import static fr.gouv.ptce.financement.it.Scenario.enveloppe;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.porteur;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funding journey against a real PostgreSQL and a real Kafka broker, with real signed tokens. */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "financement"))
class FinancementFlowTest {

    static final long ENVELOPPE_2023 = 150_000_000L;

    @Inject
    AdjustableClock clock;

    @Inject
    EcheancierJob job;

    @AfterEach
    void horlogeNormale() {
        clock.reset();
    }

    @Test
    void uneSelectionCreeUneConventionASignerAvecSonEcheancierEtEngageLEnveloppe() {
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, "porteur-a");
        envoyer(sel);

        JsonPath c = attendreConvention(sel.path("candidatureId").asText(), campagne.toString());
        assertEquals("A_SIGNER", c.getString("statut"));
        assertEquals(new BigDecimal("100000.00"), c.get("montant"));
        assertEquals(24, c.getInt("dureeMois"));
        assertEquals(List.of(new BigDecimal("50000.00"), new BigDecimal("50000.00")), c.getList("echeances.montant"));
        assertEquals(List.of("SIGNATURE", "RAPPORT_APPROUVE:ACTIVITE_ANNEE_1"), c.getList("echeances.condition"));
        assertEquals(List.of("PREVUE", "PREVUE"), c.getList("echeances.statut"));
        assertEquals(List.of("ACTIVITE_ANNEE_1", "FINANCIER_FINAL"), c.getList("rapports.type"));
        assertEquals(List.of(12, 30), c.getList("rapports.mois", Integer.class));

        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("1500000.00"), env.get("total"));
        assertEquals(new BigDecimal("100000.00"), env.get("engage"));
        assertEquals(new BigDecimal("0.00"), env.get("paye"));
        assertEquals(new BigDecimal("1400000.00"), env.get("disponible"));

        var creee = KafkaTestClient.await("ptce.financements", "convention.creee", "conventionId", c.getString("id"), 1,
                Duration.ofSeconds(20));
        assertEquals(1, creee.size());
        assertEquals(c.getString("id"), creee.get(0).key());
        assertEquals("porteur-a", creee.get(0).data().path("porteurSub").asText());
        assertEquals(10_000_000L, creee.get(0).data().path("montantCentimes").asLong());
    }

    @Test
    void uneSelectionRelivreeOuRepeteeNeCreeJamaisUneSecondeConvention() {
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, "porteur-b");
        String eventId = UUID.randomUUID().toString();
        String cle = campagne.toString();
        KafkaTestClient.send("ptce.decisions", cle, "laureat.phase2.selectionne", eventId, sel);
        KafkaTestClient.send("ptce.decisions", cle, "laureat.phase2.selectionne", eventId, sel); // redelivery
        KafkaTestClient.send("ptce.decisions", cle, "laureat.phase2.selectionne", sel);          // same selection, new id
        ObjectNode temoin = selection(campagne, "porteur-temoin");
        envoyer(temoin); // same key, so handled after the three above
        attendreConvention(temoin.path("candidatureId").asText(), campagne.toString());

        List<String> candidatures = Scenario.conventions(campagne.toString());
        assertEquals(2, candidatures.size());
        assertEquals(1, candidatures.stream().filter(sel.path("candidatureId").asText()::equals).count());
        assertEquals(new BigDecimal("200000.00"), enveloppe(campagne).get("engage"));
    }

    @Test
    void une16eSelectionAuDelaDeLEnveloppeEstRefuseeEtLEnveloppeResteIntacte() {
        UUID campagne = campagne(ENVELOPPE_2023);
        for (int i = 1; i <= 15; i++) {
            envoyer(selection(campagne, "porteur-l" + i));
        }
        ObjectNode seizieme = selection(campagne, "porteur-l16");
        envoyer(seizieme);

        var rejet = KafkaTestClient.await("ptce.dlq.financement", "laureat.phase2.selectionne", "candidatureId",
                seizieme.path("candidatureId").asText(), 1, Duration.ofSeconds(60));
        assertEquals(1, rejet.size(), "la 16e sélection part en lettre morte");
        assertTrue(rejet.get(0).headers().getOrDefault("dead-letter-reason", "").contains("enveloppe dépassée"),
                "motif : " + rejet.get(0).headers());
        assertEquals(15, Scenario.conventions(campagne.toString()).size());
        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("1500000.00"), env.get("engage"));
        assertEquals(new BigDecimal("0.00"), env.get("disponible"));
    }

    @Test
    void laSignatureRendExigibleLaPremiereEcheanceEtFixeLeCalendrier() {
        clock.pinTo(Instant.parse("2024-01-15T09:00:00Z"));
        JsonPath c = conventionASigner("porteur-c");
        String id = c.getString("id");

        given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", "2024-01-16"))
                .post("/api/v1/conventions/{id}/signature", id)
                .then().statusCode(400).body("violations.champ", hasItem("dateSignature"));

        JsonPath s = signer(id, "2024-01-15");
        assertEquals("SIGNEE", s.getString("statut"));
        assertEquals("2026-01-14", s.getString("dateFin"));
        assertEquals(List.of("EXIGIBLE", "PREVUE"), s.getList("echeances.statut"));
        assertEquals(List.of("2024-01-15", "2025-01-15"), s.getList("echeances.dateEcheance"));
        assertEquals(List.of("2025-01-15", "2026-07-15"), s.getList("rapports.dateLimite"));

        String echeance1 = s.getString("echeances[0].id");
        var exigible = KafkaTestClient.await("ptce.financements", "echeance.exigible", "echeanceId", echeance1, 1,
                Duration.ofSeconds(20));
        assertEquals("porteur-c", exigible.get(0).data().path("porteurSub").asText());
        assertEquals("contact@pole-val.fr", exigible.get(0).data().path("contactEmail").asText());
        assertEquals(c.getString("numero"), exigible.get(0).data().path("numero").asText());
        assertEquals(5_000_000L, exigible.get(0).data().path("montantCentimes").asLong());
        KafkaTestClient.await("ptce.financements", "convention.signee", "conventionId", id, 1, Duration.ofSeconds(20));

        given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", "2024-01-15"))
                .post("/api/v1/conventions/{id}/signature", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://ptce.gouv.fr/problemes/transition-interdite"))
                .body("code", equalTo("transition-interdite"))
                .body("violations.find { it.champ == 'statut' }.message", containsString("SIGNEE"));
    }

    @Test
    void lApprobationDuRapportAnnee1RendLaSecondeEcheanceExigibleEtLeRappelPartUneFois() throws Exception {
        clock.pinTo(Instant.parse("2024-01-15T09:00:00Z"));
        JsonPath c = conventionASigner("porteur-d");
        String id = c.getString("id");
        signer(id, "2024-01-15");

        clock.pinTo(Instant.parse("2024-12-10T09:00:00Z")); // 36 days before the year-1 report is due
        job.executer();
        assertEquals(0, emis(id, "rapport.attendu"));
        clock.pinTo(Instant.parse("2024-12-20T09:00:00Z")); // within the 30-day notice
        job.executer();
        job.executer();
        assertEquals(1, emis(id, "rapport.attendu"), "le rappel part une seule fois");

        clock.pinTo(Instant.parse("2025-01-20T09:00:00Z"));
        String rapportId = soumettre(id, "porteur-d", "ACTIVITE_ANNEE_1");
        job.executer();
        assertEquals("PREVUE", convention(id).getString("echeances[1].statut"), "la date ne suffit pas sans approbation");

        given().auth().oauth2(gestionnaire()).post("/api/v1/rapports/{id}/approbation", rapportId)
                .then().statusCode(200).body("statut", equalTo("APPROUVE"));
        JsonPath apres = convention(id);
        assertEquals(List.of("EXIGIBLE", "EXIGIBLE"), apres.getList("echeances.statut"));
        KafkaTestClient.await("ptce.financements", "rapport.approuve", "rapportId", rapportId, 1, Duration.ofSeconds(20));
        KafkaTestClient.await("ptce.financements", "echeance.exigible", "echeanceId",
                apres.getString("echeances[1].id"), 1, Duration.ofSeconds(20));
        assertEquals(2, emis(id, "echeance.exigible"));
    }

    @Test
    void unRapportRejeteEstAnnonceAvecSonMotifEtLEcheanceAttendUnNouveauDepot() throws Exception {
        clock.pinTo(Instant.parse("2024-01-15T09:00:00Z"));
        String id = conventionASigner("porteur-rj").getString("id");
        signer(id, "2024-01-15");
        clock.pinTo(Instant.parse("2025-01-20T09:00:00Z"));
        String rapportId = soumettre(id, "porteur-rj", "ACTIVITE_ANNEE_1");

        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "Le bilan ne décrit pas les actions menées avec les membres."))
                .post("/api/v1/rapports/{id}/rejet", rapportId).then().statusCode(200).body("statut", equalTo("REJETE"));
        var rejete = KafkaTestClient.await("ptce.financements", "rapport.rejete", "rapportId", rapportId, 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals(id, rejete.key(), "clé = la convention : dans l'ordre de ses autres faits");
        assertEquals("Le bilan ne décrit pas les actions menées avec les membres.", rejete.data().path("motif").asText());
        assertEquals("ACTIVITE_ANNEE_1", rejete.data().path("type").asText());
        assertEquals("porteur-rj", rejete.data().path("porteurSub").asText());
        assertEquals(List.of(), fr.gouv.ptce.commons.events.EventCatalogue.strictProblems("rapport.rejete", rejete.data()));
        assertEquals(1, emis(id, "rapport.rejete"));
        job.executer();
        assertEquals("PREVUE", convention(id).getString("echeances[1].statut"), "l'échéance attend un rapport approuvé");

        // Filed again, then approved: the instalment becomes payable.
        String nouveau = soumettre(id, "porteur-rj", "ACTIVITE_ANNEE_1");
        given().auth().oauth2(gestionnaire()).post("/api/v1/rapports/{id}/approbation", nouveau)
                .then().statusCode(200).body("statut", equalTo("APPROUVE"));
        assertEquals("EXIGIBLE", convention(id).getString("echeances[1].statut"));
    }

    @Test
    void approuveAvantLeMois12LaSecondeEcheanceAttendSaDatePuisLeTraitementPlanifie() throws Exception {
        clock.pinTo(Instant.parse("2024-03-01T09:00:00Z"));
        String id = conventionASigner("porteur-e").getString("id");
        signer(id, "2024-03-01");
        clock.pinTo(Instant.parse("2024-12-01T09:00:00Z"));
        String rapportId = soumettre(id, "porteur-e", "ACTIVITE_ANNEE_1");
        given().auth().oauth2(gestionnaire()).post("/api/v1/rapports/{id}/approbation", rapportId).then().statusCode(200);
        assertEquals("PREVUE", convention(id).getString("echeances[1].statut"));

        clock.pinTo(Instant.parse("2025-03-01T08:00:00Z")); // 09:00 in Paris: month 12 has come
        job.executer();
        job.executer();
        assertEquals("EXIGIBLE", convention(id).getString("echeances[1].statut"));
        assertEquals(2, emis(id, "echeance.exigible"), "une seule fois par échéance");
    }

    @Test
    void unSecondPaiementEst409EtLExportComptableMontreLePaiement() {
        clock.pinTo(Instant.parse("2024-02-01T09:00:00Z"));
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, "porteur-f");
        sel.put("raisonSociale", "=Pôle; \"Val\"");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        JsonPath s = signer(id, "2024-02-01");
        String e1 = s.getString("echeances[0].id");
        String e2 = s.getString("echeances[1].id");

        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "DGFIP-2024-000001", "datePaiement", "2024-02-01"))
                .post("/api/v1/echeances/{id}/paiement", e1).then().statusCode(409); // not ordered yet
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", e1)
                .then().statusCode(200).body("statut", equalTo("MISE_EN_PAIEMENT"));
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", e2)
                .then().statusCode(409); // not payable
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "DGFIP-2024-000001", "datePaiement", "2024-02-01"))
                .post("/api/v1/echeances/{id}/paiement", e1).then().statusCode(200).body("statut", equalTo("PAYEE"));
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "DGFIP-2024-000002", "datePaiement", "2024-02-01"))
                .post("/api/v1/echeances/{id}/paiement", e1)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("echeance-deja-payee"));
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", e1).then().statusCode(409);

        JsonPath c = convention(id);
        assertEquals(new BigDecimal("50000.00"), c.get("paye"));
        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("50000.00"), env.get("paye"));
        assertEquals(new BigDecimal("100000.00"), env.get("engage"));
        var payee = KafkaTestClient.await("ptce.financements", "echeance.payee", "echeanceId", e1, 1, Duration.ofSeconds(20));
        assertEquals("DGFIP-2024-000001", payee.get(0).data().path("reference").asText());

        // The agreement, the order to pay and the payment are in the tamper-evident journal, chain intact.
        assertEquals(List.of("EXIGIBLE", "MISE_EN_PAIEMENT", "PAIEMENT"), JournalAuditLignes.actions("echeance", e1));
        List<String> convention = JournalAuditLignes.lignes("convention", id);
        assertEquals("CREATION", convention.get(0).split(" ")[0]);
        assertTrue(convention.get(0).contains("montant=10000000"), convention.toString());
        assertTrue(convention.stream().anyMatch(l -> l.startsWith("PAIEMENT") && l.contains("payé=5000000")),
                convention.toString());
        given().auth().oauth2(gestionnaire()).get("/api/v1/journal-audit/financement/verification")
                .then().statusCode(200).body("intact", equalTo(true));

        String csv = given().auth().oauth2(gestionnaire()).queryParam("du", "2024-02-01").queryParam("au", "2024-02-01")
                .get("/api/v1/exports/paiements")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lignes = csv.lines().toList();
        assertEquals("conventionId;numero;siret;raisonSociale;echeance;montant;datePaiement;reference", lignes.get(0));
        assertTrue(lignes.contains(id + ";" + sel.path("numero").asText() + ";35600000000048;\"'=Pôle; \"\"Val\"\"\";1;50000.00;2024-02-01;DGFIP-2024-000001"),
                csv);
    }

    @Test
    void laResiliationAnnuleLeNonPayeLibereLEnveloppeEtEnregistreLeReversement() throws Exception {
        clock.pinTo(Instant.parse("2024-02-01T09:00:00Z"));
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, "porteur-g");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        String e1 = signer(id, "2024-02-01").getString("echeances[0].id");
        String luAvantLePaiement = given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", e1).then().statusCode(200);
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", "DGFIP-2024-000100", "datePaiement", "2024-02-01"))
                .post("/api/v1/echeances/{id}/paiement", e1).then().statusCode(200);
        String luApres = given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(luAvantLePaiement, luApres, "un paiement change la version de la convention lue");

        // a termination decided on a read older than the payment is refused, and changes nothing
        given().auth().oauth2(gestionnaire()).contentType("application/json").header("If-Match", luAvantLePaiement)
                .body(Map.of("motif", "Cessation d'activité", "montantReversement", 0))
                .post("/api/v1/conventions/{id}/resiliation", id)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("version-perimee"));
        given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}", id)
                .then().statusCode(200).header("ETag", luApres).body("statut", equalTo("SIGNEE"));

        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "Cessation d'activité", "montantReversement", 60000.00))
                .post("/api/v1/conventions/{id}/resiliation", id)
                .then().statusCode(400).body("violations.champ", hasItem("montantReversement"));
        JsonPath r = Scenario.exact(given().auth().oauth2(gestionnaire()).contentType("application/json")
                .header("If-Match", luApres).body("{\"motif\":\"Cessation d'activité\",\"montantReversement\":10000.00}")
                .post("/api/v1/conventions/{id}/resiliation", id).then().statusCode(200).extract().jsonPath());
        assertEquals("RESILIEE", r.getString("statut"));
        assertEquals(List.of("PAYEE", "ANNULEE"), r.getList("echeances.statut"));
        assertEquals(new BigDecimal("10000.00"), r.get("reversements[0].montant"));
        // no report is awaited any more from a terminated agreement, nor can one be filed or examined
        List<String> rapports = r.getList("rapports.statut");
        assertFalse(rapports.isEmpty());
        assertTrue(rapports.stream().allMatch(s -> s.equals("SANS_OBJET") || s.equals("APPROUVE")), rapports.toString());
        given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("motif", "Incomplet."))
                .post("/api/v1/rapports/{id}/rejet", r.getString("rapports[0].id"))
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("convention-non-signee"));

        JsonPath env = enveloppe(campagne);
        assertEquals(new BigDecimal("50000.00"), env.get("engage"), "le non-payé revient à l'enveloppe");
        assertEquals(new BigDecimal("50000.00"), env.get("paye"));
        assertEquals(new BigDecimal("1450000.00"), env.get("disponible"));

        var resiliee = KafkaTestClient.await("ptce.financements", "convention.resiliee", "conventionId", id, 1,
                Duration.ofSeconds(20));
        assertEquals(5_000_000L, resiliee.get(0).data().path("montantLibereCentimes").asLong());
        assertEquals(1_000_000L, resiliee.get(0).data().path("montantReversementCentimes").asLong());
        KafkaTestClient.await("ptce.financements", "reversement.demande", "conventionId", id, 1, Duration.ofSeconds(20));

        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "encore", "montantReversement", 0))
                .post("/api/v1/conventions/{id}/resiliation", id).then().statusCode(409);

        given().auth().oauth2(gestionnaire()).get("/api/v1/conventions/{id}/historique", id).then().statusCode(200)
                .body("action", hasItem("RESILIATION")).body("action", hasItem("SIGNATURE"))
                .body("acteur", hasItem(Scenario.GESTIONNAIRE));
        try (Connection db = TestDatabase.connect("financement")) {
            assertThrows(SQLException.class, () -> db.createStatement()
                    .executeUpdate("update audit_financement set acteur = 'x'"), "la piste d'audit est en ajout seul");
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("delete from audit_financement"));
        }
    }

    @Test
    void unPorteurNeVoitQueSaConventionEtNeDeposeQueSurLaSienne() {
        JsonPath c = conventionASigner("porteur-h");
        String id = c.getString("id");
        given().auth().oauth2(porteur("porteur-h")).get("/api/v1/conventions/{id}", id)
                .then().statusCode(200).body("numero", equalTo(c.getString("numero")));
        given().auth().oauth2(porteur("porteur-intrus")).get("/api/v1/conventions/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        List<String> visibles = given().auth().oauth2(porteur("porteur-intrus")).get("/api/v1/conventions")
                .then().statusCode(200).extract().jsonPath().getList("elements.id");
        assertTrue(visibles.isEmpty());
        assertEquals(List.of(id), given().auth().oauth2(porteur("porteur-h")).get("/api/v1/conventions")
                .then().statusCode(200).extract().jsonPath().getList("elements.id"));
        given().auth().oauth2(porteur("porteur-intrus")).contentType("application/json")
                .body(Map.of("type", "ACTIVITE_ANNEE_1", "contenu", "…"))
                .post("/api/v1/conventions/{id}/rapports", id).then().statusCode(404);
        given().auth().oauth2(porteur("porteur-h")).post("/api/v1/echeances/{id}/mise-en-paiement",
                c.getString("echeances[0].id")).then().statusCode(403);
    }

    @Test
    void unDesistementAvantSignatureResilieLaConventionEtRendLeMontant() {
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, "porteur-i");
        envoyer(sel);
        String id = attendreConvention(sel.path("candidatureId").asText(), campagne.toString()).getString("id");
        ObjectNode desiste = (ObjectNode) fr.gouv.ptce.commons.events.EventCatalogue.example("laureat.phase2.desiste").deepCopy();
        desiste.put("candidatureId", sel.path("candidatureId").asText());
        desiste.put("campagneId", campagne.toString());
        desiste.put("numero", sel.path("numero").asText());
        KafkaTestClient.send("ptce.decisions", campagne.toString(), "laureat.phase2.desiste", desiste);

        await().atMost(Duration.ofSeconds(30)).until(() -> "RESILIEE".equals(convention(id).getString("statut")));
        assertEquals(new BigDecimal("0.00"), enveloppe(campagne).get("engage"));
        assertEquals(List.of("ANNULEE", "ANNULEE"), convention(id).getList("echeances.statut"));
    }

    @Test
    void uneSelectionArriveeAvantSaCampagneEstRejoueePuisMiseEnLettreMorte() {
        ObjectNode orpheline = selection(UUID.randomUUID(), "porteur-j");
        envoyer(orpheline);
        var rejet = KafkaTestClient.await("ptce.dlq.financement", "laureat.phase2.selectionne", "candidatureId",
                orpheline.path("candidatureId").asText(), 1, Duration.ofSeconds(30));
        assertEquals(1, rejet.size());
        assertTrue(rejet.get(0).headers().getOrDefault("dead-letter-reason", "").contains("pas encore reçue"),
                "motif : " + rejet.get(0).headers());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private JsonPath conventionASigner(String porteurSub) {
        UUID campagne = campagne(ENVELOPPE_2023);
        ObjectNode sel = selection(campagne, porteurSub);
        envoyer(sel);
        return attendreConvention(sel.path("candidatureId").asText(), campagne.toString());
    }

    private static JsonPath signer(String id, String date) {
        return given().auth().oauth2(gestionnaire()).contentType("application/json").body(Map.of("dateSignature", date))
                .post("/api/v1/conventions/{id}/signature", id).then().statusCode(200).extract().jsonPath();
    }

    private static String soumettre(String conventionId, String porteurSub, String type) {
        return given().auth().oauth2(porteur(porteurSub)).contentType("application/json")
                .body(Map.of("type", type, "contenu", "Bilan de l'année : 12 réunions, 3 projets coopératifs."))
                .post("/api/v1/conventions/{id}/rapports", conventionId)
                .then().statusCode(201).body("statut", equalTo("SOUMIS")).extract().path("id");
    }

    /** Events of {@code fact} written to the outbox for the agreement (what the relay publishes, exactly once each). */
    private static int emis(String conventionId, String fact) throws SQLException {
        try (Connection db = TestDatabase.connect("financement");
             PreparedStatement ps = db.prepareStatement(
                     "select count(*) from ptce_outbox where aggregate_id = ? and event_type = ?")) {
            ps.setString(1, conventionId);
            ps.setString(2, fact);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
