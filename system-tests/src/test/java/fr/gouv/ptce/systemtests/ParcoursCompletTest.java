package fr.gouv.ptce.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.Sirets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole journey of issue 8, as its users live it, over HTTP only with real Keycloak tokens:
 * two phase-1 applications, instruction with a correction round trip, two evaluators, a committee
 * decision; phase-2 eligibility and the noon deadline; phase-2 selection, the €100,000 agreement
 * and its schedule, signature, payments, the year-1 report; and who may see what.
 * Each step depends on the previous ones (one platform, one story), hence the ordering.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParcoursCompletTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private static final String SIRET_1 = Sirets.nouveau();
    private static final String SIRET_2 = Sirets.nouveau();
    private static final String MAIL_1 = "contact-" + RUN + "@pole-val.fr";
    private static final String MAIL_2 = "contact-" + RUN + "@pole-littoral.fr";

    private static String phase1Id;
    private static String phase2Id;
    private static String cand1;
    private static String cand2;
    private static String numero1;
    private static String cand1Phase2;
    private static String conventionId;

    @AfterAll
    static void clocksBackToNow(PtceClient client) {
        client.resetClock();
    }

    @Test
    @Order(1)
    void ladministrateurPublieLesCampagnesDePhase1EtDePhase2(PtceClient client) {
        runClockFrom(client, Instant.parse("2023-06-15T08:00:00Z"));
        String admin = client.tokenFor("admin1");
        phase1Id = createAndPublish(client, admin, Map.of(
                "code", "SYS-P1-" + RUN, "libelle", "AMI permanent PTCE émergents 2023", "phase", "PHASE_1",
                "ouverture", "2023-01-01T00:00:00+01:00", "cloture", "2023-12-31T00:00:00+01:00",
                "grille", grille()));
        Map<String, Object> p2 = new java.util.HashMap<>(Map.of(
                "code", "SYS-P2-" + RUN, "libelle", "AMI PTCE phase 2 — 2023", "phase", "PHASE_2",
                "ouverture", "2023-06-01T00:00:00+02:00", "cloture", "2023-07-31T12:00:00+02:00",
                "maxLaureats", 15, "montantParLaureat", "100000.00", "enveloppe", "1500000.00", "dureeMois", 24));
        p2.put("grille", grille());
        phase2Id = createAndPublish(client, admin, p2);

        Response list = client.get(Service.CANDIDATURE, "/api/v1/campagnes", client.tokenFor("porteur1"));
        assertEquals(200, list.status(), list.toString());
        JsonNode p2View = client.get(Service.CANDIDATURE, "/api/v1/campagnes/" + phase2Id, client.tokenFor("porteur1")).json();
        assertTrue(p2View.get("ouverte").asBoolean(), "phase 2 is open on 15 June 2023: " + p2View);
        // The envelope reaches financement-service through campagne.publiee, without any call back.
        eventually(() -> client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + phase2Id + "/enveloppe",
                client.tokenFor("gestionnaire1")), r -> r.status() == 200);
        JsonNode enveloppe = client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + phase2Id + "/enveloppe",
                client.tokenFor("gestionnaire1")).json();
        assertMoney("1500000.00", enveloppe.get("total"));
        assertMoney("0.00", enveloppe.get("engage"));
    }

    @Test
    @Order(2)
    void deuxPorteursDeposentEnPhase1EtRecoiventLAccuseDeReception(PtceClient client) {
        cand1 = buildApplication(client, "porteur1", phase1Id, SIRET_1, "Pôle Coopératif du Val " + RUN, "35238", MAIL_1);
        cand2 = buildApplication(client, "porteur2", phase1Id, SIRET_2, "Pôle Littoral Solidaire " + RUN, "29019", MAIL_2);
        JsonNode d1 = deposit(client, "porteur1", cand1);
        JsonNode d2 = deposit(client, "porteur2", cand2);
        numero1 = d1.get("numero").asText();
        assertTrue(numero1.matches("PTCE-2023-P1-\\d{5,}"), numero1);
        String numero2 = d2.get("numero").asText();

        client.awaitMail(MAIL_1, m -> m.subject().contains(numero1) || m.text().contains(numero1), EVENTUALLY);
        client.awaitMail(MAIL_2, m -> m.subject().contains(numero2) || m.text().contains(numero2), EVENTUALLY);
    }

    @Test
    @Order(3)
    void instructionAvecCorrectionsDeuxEvaluateursEtDecisionDePhase1(PtceClient client) {
        String instructeur = client.tokenFor("instructeur1");
        awaitInstruction(client, cand1);
        awaitInstruction(client, cand2);

        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand1 + "/prise-en-charge", instructeur, Map.of()));
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand1 + "/corrections", instructeur,
                Map.of("motif", "Les statuts transmis ne sont pas signés.")));
        // The porteur sees the request, corrects and submits again.
        eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1, client.tokenFor("porteur1")),
                r -> "CORRECTIONS_DEMANDEES".equals(r.json().path("statut").asText()));
        client.awaitMail(MAIL_1, m -> m.text().contains("pas signés"), EVENTUALLY);
        ok(client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1, client.tokenFor("porteur1"),
                contenu(SIRET_1, "Pôle Coopératif du Val " + RUN, "35238", MAIL_1, "Statuts signés joints.")));
        JsonNode again = deposit(client, "porteur1", cand1);
        assertEquals("DEPOSEE", again.get("statut").asText());
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + cand1, instructeur),
                r -> !r.json().path("statut").asText().equals("CORRECTIONS_DEMANDEES"));

        for (String cand : List.of(cand1, cand2)) {
            Response take = client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/prise-en-charge", instructeur, Map.of());
            assertTrue(take.status() == 200 || take.status() == 409, take.toString());
            ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/recevabilite", instructeur,
                    Map.of("recevable", true, "motivation", "Dossier complet.")));
        }
        evaluateByTwo(client, List.of(cand1, cand2), Map.of(cand1, "4.5", cand2, "2"));

        String comite = client.tokenFor("comite1");
        JsonNode classement = ok(client.get(Service.EVALUATION, "/api/v1/campagnes/" + phase1Id + "/classement", comite)).json();
        assertEquals(cand1, classement.path("dossiers").path(0).path("candidatureId").asText(), classement.toString());
        ok(client.post(Service.EVALUATION, "/api/v1/campagnes/" + phase1Id + "/decisions", comite,
                Map.of("candidatureId", cand1, "decision", "LAUREAT", "motivation", "Coopération territoriale exemplaire.")));
        ok(client.post(Service.EVALUATION, "/api/v1/campagnes/" + phase1Id + "/decisions", comite,
                Map.of("candidatureId", cand2, "decision", "NON_RETENU", "motivation", "Partenariat encore trop fragile.")));

        eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1, client.tokenFor("porteur1")),
                r -> "ACCEPTEE".equals(r.json().path("statut").asText()));
        eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand2, client.tokenFor("porteur2")),
                r -> "REFUSEE".equals(r.json().path("statut").asText()));
        client.awaitMail(MAIL_2, m -> m.text().contains("trop fragile"), EVENTUALLY);
    }

    @Test
    @Order(4)
    void leLaureatDevientEligibleLAutreEstRefuseEtMidiEstRespecteALaSeconde(PtceClient client) {
        JsonNode eligible = eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/structures/" + SIRET_1 + "/eligibilite",
                client.tokenFor("porteur1")), r -> r.status() == 200 && r.json().path("eligible").asBoolean()).json();
        assertTrue(eligible.path("eligible").asBoolean(), eligible.toString());

        String refused = buildApplication(client, "porteur2", phase2Id, SIRET_2, "Pôle Littoral Solidaire " + RUN, "29019", MAIL_2);
        Response r = client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + refused + "/depot", client.tokenFor("porteur2"), Map.of());
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.body().contains("PHASE_2_NON_ELIGIBLE"), r.toString());

        cand1Phase2 = buildApplication(client, "porteur1", phase2Id, SIRET_1, "Pôle Coopératif du Val " + RUN, "35238", MAIL_1);
        pinClock(client, Instant.parse("2023-07-31T10:00:00Z")); // 12:00:00.000 in Paris (CEST)
        Response late = client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1Phase2 + "/depot", client.tokenFor("porteur1"), Map.of());
        assertEquals(409, late.status(), late.toString());
        assertEquals("application/problem+json", late.header("Content-Type").split(";")[0]);
        pinClock(client, Instant.parse("2023-07-31T09:59:59.999Z")); // 11:59:59.999 in Paris
        JsonNode inTime = deposit(client, "porteur1", cand1Phase2);
        assertTrue(inTime.get("numero").asText().matches("PTCE-2023-P2-\\d{5,}"), inTime.toString());
        runClockFrom(client, Instant.parse("2023-09-01T08:00:00Z"));
    }

    @Test
    @Order(5)
    void selectionDePhase2LaConventionEtSonEcheancierApparaissent(PtceClient client) {
        String instructeur = client.tokenFor("instructeur1");
        awaitInstruction(client, cand1Phase2);
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand1Phase2 + "/prise-en-charge", instructeur, Map.of()));
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand1Phase2 + "/recevabilite", instructeur,
                Map.of("recevable", true, "motivation", "Dossier complet.")));
        evaluateByTwo(client, List.of(cand1Phase2), Map.of(cand1Phase2, "4"));
        String comite = client.tokenFor("comite1");
        // The committee's front end continues its own trace: the decision, its event and the agreement
        // financement-service creates on receiving it are one trace (OpenTelemetry, issue 25).
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ok(client.call("POST", Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/decisions", comite,
                Map.of("candidatureId", cand1Phase2, "decision", "LAUREAT", "motivation", "Projet mature, ancrage fort."),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")));
        documentsDuComite(client, comite);

        String gestionnaire = client.tokenFor("gestionnaire1");
        JsonNode convention = eventually(() -> client.get(Service.FINANCEMENT, "/api/v1/conventions?campagne=" + phase2Id, gestionnaire),
                r -> r.status() == 200 && r.json().path("elements").size() == 1).json().path("elements").get(0);
        conventionId = convention.get("id").asText();
        assertEquals(cand1Phase2, convention.get("candidatureId").asText());
        assertMoney("100000.00", convention.get("montant"));
        assertEquals(24, convention.get("dureeMois").asInt());
        assertEquals("A_SIGNER", convention.get("statut").asText());
        List<String[]> creee = Bases.lignes("financement", "select traceparent from ptce_outbox "
                + "where event_type = 'convention.creee' and payload::jsonb ->> 'conventionId' = ?", conventionId);
        assertEquals(1, creee.size(), "convention.creee dans l'outbox de financement-service");
        assertEquals(traceId, creee.get(0)[0].split("-")[1],
                "financement-service a créé la convention dans la trace de la décision prise dans evaluation-service");
        JsonNode echeances = convention.get("echeances");
        assertEquals(2, echeances.size(), convention.toString());
        assertMoney("50000.00", echeances.get(0).get("montant"));
        assertMoney("50000.00", echeances.get(1).get("montant"));

        JsonNode enveloppe = ok(client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + phase2Id + "/enveloppe", gestionnaire)).json();
        assertMoney("100000.00", enveloppe.get("engage"));
        assertMoney("1400000.00", enveloppe.get("disponible"));
        client.awaitMail(MAIL_1, m -> m.subject().contains("convention de financement à signer"), EVENTUALLY);
    }

    @Test
    @Order(6)
    void signaturePaiementsRapportAnnuelEtEnveloppeCoherente(PtceClient client) {
        String gestionnaire = client.tokenFor("gestionnaire1");
        runClockFrom(client, Instant.parse("2023-11-15T09:00:00Z"));
        JsonNode signed = ok(client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/signature", gestionnaire,
                Map.of("dateSignature", "2023-11-15"))).json();
        assertEquals("SIGNEE", signed.get("statut").asText());
        JsonNode first = eventually(() -> client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId, gestionnaire),
                r -> "EXIGIBLE".equals(r.json().path("echeances").path(0).path("statut").asText())).json().path("echeances").get(0);
        pay(client, gestionnaire, first.get("id").asText(), "DGFIP-" + RUN + "-1", "2023-11-15");
        Response twice = client.post(Service.FINANCEMENT, "/api/v1/echeances/" + first.get("id").asText() + "/paiement", gestionnaire,
                Map.of("reference", "DGFIP-" + RUN + "-1b", "datePaiement", "2023-11-15"));
        assertEquals(409, twice.status(), twice.toString());
        client.awaitMail(MAIL_1, m -> m.subject().contains("paiement de l'échéance n° 1"), EVENTUALLY);

        runClockFrom(client, Instant.parse("2024-11-20T09:00:00Z"));
        String porteur = client.tokenFor("porteur1");
        Response submitted = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/rapports", porteur,
                Map.of("type", "ACTIVITE_ANNEE_1", "contenu", "Animation du pôle : 14 réunions, 3 projets coopératifs lancés."));
        assertTrue(submitted.status() == 200 || submitted.status() == 201, submitted.toString());
        String rapportId = submitted.json().get("id").asText();
        ok(client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapportId + "/approbation", gestionnaire, Map.of()));
        JsonNode second = eventually(() -> client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId, gestionnaire),
                r -> "EXIGIBLE".equals(r.json().path("echeances").path(1).path("statut").asText())).json().path("echeances").get(1);
        pay(client, gestionnaire, second.get("id").asText(), "DGFIP-" + RUN + "-2", "2024-11-20");

        JsonNode enveloppe = ok(client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + phase2Id + "/enveloppe", gestionnaire)).json();
        assertMoney("100000.00", enveloppe.get("engage"));
        assertMoney("100000.00", enveloppe.get("paye"));
        assertMoney("1400000.00", enveloppe.get("disponible"));
        JsonNode paid = ok(client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId, porteur)).json();
        assertMoney("100000.00", paid.get("paye"));
    }

    @Test
    @Order(7)
    void unPorteurNeVoitRienDeLAutreEtLePartenaireLitSansDecider(PtceClient client) {
        String porteur2 = client.tokenFor("porteur2");
        assertEquals(404, client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1, porteur2).status());
        assertEquals(404, client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId, porteur2).status());
        JsonNode own = ok(client.get(Service.CANDIDATURE, "/api/v1/candidatures", porteur2)).json();
        own.path("elements").forEach(c -> assertFalse(c.path("id").asText().equals(cand1), own.toString()));
        JsonNode notifications = ok(client.get(Service.NOTIFICATION, "/api/v1/notifications?candidature=" + cand1, porteur2)).json();
        assertEquals(0, notifications.path("elements").size(), notifications.toString());
        JsonNode mine = ok(client.get(Service.NOTIFICATION, "/api/v1/notifications?candidature=" + cand1, client.tokenFor("porteur1"))).json();
        assertTrue(mine.path("elements").size() >= 3, mine.toString());

        String partner = client.partnerToken();
        JsonNode eligibility = ok(client.get(Service.CANDIDATURE, "/api/v1/structures/" + SIRET_1 + "/eligibilite", partner)).json();
        assertTrue(eligibility.path("eligible").asBoolean(), eligibility.toString());
        Response decide = client.post(Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/decisions", partner,
                Map.of("candidatureId", cand1Phase2, "decision", "NON_RETENU", "motivation", "tentative"));
        assertEquals(403, decide.status(), decide.toString());
        Response pay = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/signature", partner,
                Map.of("dateSignature", "2023-11-15"));
        assertEquals(403, pay.status(), pay.toString());
    }

    @Test
    @Order(8)
    void leLaureatFigureALAnnuaireEtSInscritALOffreDeServices(PtceClient client) {
        JsonNode annuaire = ok(client.get(Service.CANDIDATURE, "/api/v1/annuaire?q=" + SIRET_1, client.partnerToken())).json();
        assertEquals(1, annuaire.path("elements").size(), annuaire.toString());
        JsonNode fiche = annuaire.path("elements").get(0);
        assertEquals(SIRET_1, fiche.get("siret").asText());
        assertEquals("Bretagne", fiche.get("region").asText());
        assertEquals("LAUREAT_PHASE_2", fiche.get("phase").asText(), fiche.toString());
        JsonNode absent = ok(client.get(Service.CANDIDATURE, "/api/v1/annuaire?q=" + SIRET_2, client.partnerToken())).json();
        assertEquals(0, absent.path("elements").size(), "a structure not selected is not in the directory: " + absent);

        Response offre = client.post(Service.CANDIDATURE, "/api/v1/offres", client.tokenFor("admin1"), Map.of(
                "type", "COLLECTIF", "theme", "MODELE_ECONOMIQUE", "titre", "Atelier modèle économique " + RUN,
                "debut", "2024-12-10T09:30:00+01:00", "lieu", "Rennes", "capacite", 25));
        assertEquals(201, offre.status(), offre.toString());
        String offreId = offre.json().get("id").asText();
        Response inscription = client.post(Service.CANDIDATURE, "/api/v1/offres/" + offreId + "/inscriptions",
                client.tokenFor("porteur1"), Map.of("siret", SIRET_1));
        assertEquals(201, inscription.status(), inscription.toString());
        assertEquals("INSCRIT", inscription.json().get("statut").asText());
        Response refusee = client.post(Service.CANDIDATURE, "/api/v1/offres/" + offreId + "/inscriptions",
                client.tokenFor("porteur2"), Map.of("siret", SIRET_2));
        assertEquals(403, refusee.status(), refusee.toString());
    }

    /**
     * Issue 20: the final report approved completes the agreement (SOLDEE); the final control finds
     * expenses not justified, so a clawback is requested on the completed agreement and followed to
     * its recovery: the porteur is written to at the request and at the title, the envelope shows it
     * beside figures that still reconcile, and the accounting gets it in the clawbacks' CSV.
     */
    @Test
    @Order(9)
    void unReversementSurLaConventionSoldeeEstSuiviJusquASonRecouvrement(PtceClient client) {
        String gestionnaire = client.tokenFor("gestionnaire1");
        runClockFrom(client, Instant.parse("2026-06-01T08:00:00Z"));
        Response rapport = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/rapports",
                client.tokenFor("porteur1"), Map.of("type", "FINANCIER_FINAL", "contenu", "Bilan financier des 24 mois."));
        assertEquals(201, rapport.status(), rapport.toString());
        ok(client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapport.json().get("id").asText() + "/approbation",
                gestionnaire, Map.of()));
        assertEquals("SOLDEE", ok(client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId, gestionnaire))
                .json().get("statut").asText());

        Response trop = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/reversements",
                gestionnaire, Map.of("montant", "100000.01", "motif", "Contrôle final."));
        assertEquals(409, trop.status(), trop.toString());
        assertEquals("reversement-excedentaire", trop.json().get("code").asText());
        Response demande = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionId + "/reversements",
                gestionnaire, Map.of("montant", "12500.00", "motif", "Dépenses non justifiées au contrôle final."));
        assertEquals(201, demande.status(), demande.toString());
        String reversement = demande.json().get("id").asText();
        client.awaitMail(MAIL_1, m -> m.subject().contains("demande de reversement de 12 500,00"), EVENTUALLY);
        String titre = "TP-" + RUN + "-1";
        assertEquals("TITRE_EMIS", ok(client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversement + "/titre",
                gestionnaire, Map.of("reference", titre))).json().get("statut").asText());
        client.awaitMail(MAIL_1, m -> m.subject().contains("titre de perception") && m.text().contains(titre), EVENTUALLY);
        assertEquals("RECOUVRE", ok(client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversement + "/recouvrement",
                gestionnaire, Map.of("dateRecouvrement", "2026-06-01"))).json().get("statut").asText());
        Response encore = client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversement + "/annulation",
                gestionnaire, Map.of("motif", "Trop tard."));
        assertEquals(409, encore.status(), encore.toString());

        JsonNode enveloppe = ok(client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + phase2Id + "/enveloppe", gestionnaire)).json();
        assertMoney("100000.00", enveloppe.get("engage"));
        assertMoney("100000.00", enveloppe.get("paye"));
        assertMoney("1400000.00", enveloppe.get("disponible"));
        assertMoney("12500.00", enveloppe.get("recouvre"));
        assertMoney("0.00", enveloppe.get("reversementsDemandes"));
        assertMoney("87500.00", enveloppe.get("payeNet"));
        assertEquals(0, new BigDecimal(enveloppe.get("total").asText()).compareTo(
                new BigDecimal(enveloppe.get("engage").asText()).add(new BigDecimal(enveloppe.get("disponible").asText()))));

        HttpResponse<byte[]> csv = download(client, Service.FINANCEMENT, "/api/v1/exports/reversements?du=2026-06-01",
                gestionnaire, "text/csv");
        assertEquals(200, csv.statusCode());
        String texte = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(texte.contains(reversement + ";" + conventionId + ";"), texte);
        assertTrue(texte.contains(";12500.00;RECOUVRE;2026-06-01;" + titre + ";2026-06-01;2026-06-01;;"), texte);
    }

    // --- steps shared by the journey ---------------------------------------------------------------

    /**
     * The committee's documents for the record, after its phase-2 decision: the minutes as PDF, read
     * back with PDFBox (campaign, member as recorded, rank, score, motivation, envelope committed),
     * and the ranking as CSV.
     */
    private static void documentsDuComite(PtceClient client, String comite) {
        String code = ok(client.get(Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/classement", comite))
                .json().path("campagneCode").asText();
        String numero = ok(client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand1Phase2,
                client.tokenFor("porteur1"))).json().path("numero").asText();
        HttpResponse<byte[]> pv = download(client, Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/proces-verbal",
                comite, "application/pdf");
        assertEquals(200, pv.statusCode());
        assertEquals("application/pdf", pv.headers().firstValue("Content-Type").orElse(""));
        String texte;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pv.body())) {
            texte = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String attendu : List.of("Procès-verbal du comité de sélection", "Code : " + code,
                "Phase : Phase 2 (financement)", "Membres du comité ayant enregistré les décisions ci-dessous : comite1.",
                "1 " + numero, "Lauréat", "4,00 / 5", "Projet mature, ancrage fort.",
                "Montant engagé : 1 × 100 000,00 € = 100 000,00 €")) {
            assertTrue(texte.contains(attendu), attendu + " absent du procès-verbal : " + texte);
        }
        assertEquals(403, download(client, Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/proces-verbal",
                client.tokenFor("instructeur1"), "application/pdf").statusCode());

        HttpResponse<byte[]> csv = download(client, Service.EVALUATION, "/api/v1/campagnes/" + phase2Id + "/classement",
                comite, "text/csv");
        assertEquals(200, csv.statusCode());
        List<String> lignes = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\uFEFFrang;numero;raisonSociale;siret;region;score;evaluations;decision;divergence", lignes.get(0));
        assertEquals("1;" + numero + ";Pôle Coopératif du Val " + RUN + ";" + SIRET_1 + ";Bretagne;4,00;2;LAUREAT;non",
                lignes.get(1));
    }

    private static HttpResponse<byte[]> download(PtceClient client, Service service, String path, String token, String accept) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(client.serviceUrl(service) + path))
                    .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String createAndPublish(PtceClient client, String admin, Map<String, Object> campagne) {
        Response created = client.post(Service.CANDIDATURE, "/api/v1/campagnes", admin, campagne);
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", admin, Map.of()));
        return id;
    }

    private static List<Map<String, Object>> grille() {
        return List.of(
                Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial et coopération", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2),
                Map.of("code", "IMPACT", "libelle", "Impact social et emplois", "poids", 2));
    }

    private static String buildApplication(PtceClient client, String porteur, String campagneId, String siret,
                                           String raisonSociale, String commune, String mail) {
        String token = client.tokenFor(porteur);
        Response draft = client.post(Service.CANDIDATURE, "/api/v1/candidatures", token, Map.of("campagneId", campagneId));
        assertEquals(201, draft.status(), draft.toString());
        assertNotNull(draft.header("Location"));
        String id = draft.json().get("id").asText();
        ok(client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + id, token,
                contenu(siret, raisonSociale, commune, mail, "Structurer une filière locale entre ESS et entreprises.")));
        upload(client, token, id, "STATUTS");
        upload(client, token, id, "BUDGET");
        return id;
    }

    private static Map<String, Object> contenu(String siret, String raisonSociale, String commune, String mail, String description) {
        return Map.of(
                "structure", Map.of("siret", siret, "raisonSociale", raisonSociale, "formeJuridique", "9220",
                        "adresse", "12 rue des Tanneurs", "codeCommune", commune),
                "territoire", "Bassin de vie",
                "membres", List.of(
                        Map.of("nom", "Scop Bois " + RUN, "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Menuiserie Martin SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Communauté de communes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Filière locale", "description", description, "secteurs", List.of("BOIS"),
                        "emploisVises", 12, "budget", "250000.00"),
                "contact", Map.of("nom", "Claire Durand", "email", mail));
    }

    private static JsonNode deposit(PtceClient client, String porteur, String id) {
        Response r = client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", client.tokenFor(porteur), Map.of());
        assertEquals(200, r.status(), r.toString());
        assertEquals("DEPOSEE", r.json().get("statut").asText());
        return r.json();
    }

    private static void awaitInstruction(PtceClient client, String candidatureId) {
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + candidatureId, client.tokenFor("instructeur1")),
                r -> r.status() == 200);
    }

    /** Both demo evaluators declare no conflict and score every criterion with {@code note}. */
    private static void evaluateByTwo(PtceClient client, List<String> candidatures, Map<String, String> notes) {
        String instructeur = client.tokenFor("instructeur1");
        for (String evaluateur : List.of("evaluateur1", "evaluateur2")) {
            String token = client.tokenFor(evaluateur);
            String sub = PtceClient.claims(token).get("sub").asText();
            for (String cand : candidatures) {
                ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/evaluateurs", instructeur,
                        Map.of("evaluateurSub", sub, "evaluateurNom", evaluateur)));
            }
            for (JsonNode e : client.all(Service.EVALUATION, "/api/v1/evaluations", token)) {
                String cand = e.path("candidatureId").asText();
                if (!candidatures.contains(cand)) {
                    continue;
                }
                String id = e.get("id").asText();
                Response before = client.get(Service.EVALUATION, "/api/v1/evaluations/" + id, token);
                assertEquals(403, before.status(), "the file is readable only after the declaration of interests: " + before);
                Response applicationBefore = client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + cand, token);
                assertEquals(404, applicationBefore.status(), "no application before the declaration: " + applicationBefore);
                ok(client.post(Service.EVALUATION, "/api/v1/evaluations/" + id + "/declaration-interets", token,
                        Map.of("conflit", false)));
                readsTheAttachments(client, token, cand);
                List<Map<String, Object>> scores = new ArrayList<>();
                for (String critere : List.of("ANCRAGE", "MODELE", "IMPACT")) {
                    scores.add(Map.of("critere", critere, "note", notes.get(cand), "commentaire", "Appréciation " + critere));
                }
                ok(client.put(Service.EVALUATION, "/api/v1/evaluations/" + id, token, Map.of("notes", scores, "avis", "Favorable")));
                ok(client.post(Service.EVALUATION, "/api/v1/evaluations/" + id + "/soumission", token, Map.of()));
            }
        }
    }

    /** Issue 21: once cleared (evaluateur.habilite), the evaluator reads the application and downloads each attachment. */
    private static void readsTheAttachments(PtceClient client, String token, String candidatureId) {
        JsonNode pieces = eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + candidatureId + "/pieces", token),
                r -> r.status() == 200).json();
        assertTrue(pieces.size() >= 2, "the evaluator sees the attachments: " + pieces);
        for (JsonNode piece : pieces) {
            HttpResponse<byte[]> file = download(client, Service.CANDIDATURE,
                    "/api/v1/candidatures/" + candidatureId + "/pieces/" + piece.get("id").asText(), token, "*/*");
            assertEquals(200, file.statusCode());
            assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.US_ASCII));
            assertEquals(piece.get("taille").asLong(), file.body().length);
        }
    }

    private static void pay(PtceClient client, String gestionnaire, String echeanceId, String reference, String date) {
        ok(client.post(Service.FINANCEMENT, "/api/v1/echeances/" + echeanceId + "/mise-en-paiement", gestionnaire, Map.of()));
        JsonNode paid = ok(client.post(Service.FINANCEMENT, "/api/v1/echeances/" + echeanceId + "/paiement", gestionnaire,
                Map.of("reference", reference, "datePaiement", date))).json();
        assertEquals("PAYEE", paid.get("statut").asText());
    }

    private static void upload(PtceClient client, String token, String candidatureId, String type) {
        String boundary = "----ptce" + UUID.randomUUID();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + type.toLowerCase()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), pdf, tail);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(client.serviceUrl(Service.CANDIDATURE) + "/api/v1/candidatures/" + candidatureId + "/pieces"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static Response ok(Response r) {
        assertTrue(r.status() / 100 == 2, r.toString());
        return r;
    }

    private static Response eventually(java.util.function.Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("condition not reached within " + EVENTUALLY.toSeconds() + " s; last answer: " + last);
        return last;
    }

    private static void pinClock(PtceClient client, Instant instant) {
        setClocks(client, instant, true);
    }

    private static void runClockFrom(PtceClient client, Instant instant) {
        setClocks(client, instant, false);
    }

    private static void setClocks(PtceClient client, Instant instant, boolean frozen) {
        for (Service s : Service.values()) {
            ok(client.put(s, "/api/v1/horloge", client.tokenFor("admin1"), Map.of("instant", instant.toString(), "figee", frozen)));
        }
    }

    private static void assertMoney(String expected, JsonNode actual) {
        assertNotNull(actual, "amount missing");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asText())),
                "expected " + expected + " but was " + actual);
    }

}
