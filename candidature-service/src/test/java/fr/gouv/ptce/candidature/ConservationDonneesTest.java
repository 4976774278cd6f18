package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.candidature.donnees.BilanPurge;
import fr.gouv.ptce.candidature.donnees.PurgeDonnees;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDPR lifecycle of candidature-service: the purge with the clock moved past each retention period
 * (drafts 6 months after the campaign's deadline, not-retained files 2 years after their last
 * status), checked in the database; two replicas purging at once; the porteur's own archive.
 */
@QuarkusTest
class ConservationDonneesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AdjustableClock clock;

    @Inject
    PurgeDonnees purge;

    @AfterEach
    void remettreLHorloge() {
        clock.reset();
    }

    @Test
    void lesBrouillonsPuisLesDossiersNonRetenusPerdentLeursDonneesAuTerme() throws Exception {
        clock.pinTo(Instant.parse("2023-02-01T09:00:00Z"));
        // Deadline: end of 31 March 2023 in Paris.
        String ancienne = Fixtures.campagnePubliee(Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2023-03-31T00:00:00+02:00"));
        String longue = Fixtures.campagnePubliee(Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2099-12-31T00:00:00+01:00"));
        String porteur = Fixtures.porteur();
        String brouillon = Fixtures.brouillonComplet(porteur, ancienne, Fixtures.siret());
        String brouillonRetire = Fixtures.brouillon(porteur, ancienne, Fixtures.siret());
        as(porteur).body("{}").post("/api/v1/candidatures/" + brouillonRetire + "/retrait").then().statusCode(200);
        String brouillonEnCours = Fixtures.brouillonComplet(porteur, longue, Fixtures.siret());
        String refusee = deposee(porteur, ancienne);
        String retiree = deposee(porteur, ancienne);
        String laureate = deposee(porteur, ancienne);
        as(porteur).body(Map.of("motif", "Claire Durand change de poste")).post("/api/v1/candidatures/" + retiree + "/retrait")
                .then().statusCode(200);
        decider(porteur, refusee, "NON_RETENU", "2023-06-01T10:00:00Z", "REFUSEE");
        decider(porteur, laureate, "LAUREAT", "2023-06-01T10:00:00Z", "ACCEPTEE");
        List<String> piecesDuBrouillon = pieces(porteur, brouillon);
        List<String> piecesRefusee = pieces(porteur, refusee);
        assertEquals(2, piecesDuBrouillon.size());

        // Before any term: nothing of ours goes.
        clock.pinTo(Instant.parse("2023-09-15T08:00:00Z"));
        BilanPurge rien = purge.purger();
        assertFalse(rien.brouillonsSupprimes().contains(UUID.fromString(brouillon)));

        // 1 Dec 2024: the drafts' 6 months after 31 March 2023 are past, the refusal's 2 years are not.
        clock.pinTo(Instant.parse("2024-12-01T08:00:00Z"));
        BilanPurge brouillons = purge.purger();
        assertTrue(brouillons.brouillonsSupprimes().containsAll(ids(brouillon, brouillonRetire)), brouillons.toString());
        assertFalse(brouillons.brouillonsSupprimes().contains(UUID.fromString(brouillonEnCours)));
        assertTrue(brouillons.piecesDesBrouillons() >= 2);
        assertFalse(brouillons.candidaturesAnonymisees().contains(UUID.fromString(refusee)));
        try (Connection c = TestDatabase.connect("candidature")) {
            for (String id : List.of(brouillon, brouillonRetire)) {
                assertEquals(0, compter(c, "select count(*) from candidature where id = ?::uuid", id));
                assertEquals(0, compter(c, "select count(*) from historique_statut where candidature_id = ?::uuid", id));
                assertEquals(0, compter(c, "select count(*) from piece where candidature_id = ?::uuid", id));
            }
            for (String piece : piecesDuBrouillon) {
                assertEquals(0, compter(c, "select count(*) from piece_contenu where piece_id = ?::uuid", piece));
            }
            assertEquals(2, compter(c, "select count(*) from piece where candidature_id = ?::uuid", brouillonEnCours));
            assertEquals("claire@pole-val.fr", texte(c, "select contact_email from candidature where id = ?::uuid", refusee));
            String trace = derniereTrace(c);
            assertTrue(trace.contains(brouillon) && trace.contains(brouillonRetire), trace);
            assertFalse(trace.contains("claire@pole-val.fr") || trace.contains("Claire Durand"), trace);
        }

        // 2 June 2025: two years after the refusal (and after the withdrawal).
        clock.pinTo(Instant.parse("2025-06-02T08:00:00Z"));
        BilanPurge anonymisation = purge.purger();
        assertTrue(anonymisation.candidaturesAnonymisees().containsAll(ids(refusee, retiree)), anonymisation.toString());
        assertFalse(anonymisation.candidaturesAnonymisees().contains(UUID.fromString(laureate)));
        try (Connection c = TestDatabase.connect("candidature")) {
            for (String id : List.of(refusee, retiree)) {
                try (PreparedStatement ps = c.prepareStatement("""
                        select contact_nom, contact_email, contact_telephone, porteur_sub, membres, siret, raison_sociale,
                               code_commune, projet_budget_centimes, projet_emplois_vises, numero, statut, anonymisee_le
                        from candidature where id = ?::uuid""")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "the file stays for statistics");
                        assertNull(rs.getString("contact_nom"));
                        assertNull(rs.getString("contact_email"));
                        assertNull(rs.getString("contact_telephone"));
                        assertEquals("anonyme", rs.getString("porteur_sub"));
                        JsonNode membres = JSON.readTree(rs.getString("membres"));
                        assertEquals(3, membres.size());
                        membres.forEach(m -> assertEquals("(anonymisé)", m.get("nom").asText()));
                        assertEquals("ENTREPRISE_ESS", membres.get(0).get("type").asText());
                        assertEquals(14, rs.getString("siret").length());
                        assertEquals("Pôle Coopératif du Val", rs.getString("raison_sociale"));
                        assertEquals("35238", rs.getString("code_commune"));
                        assertEquals(25_000_000L, rs.getLong("projet_budget_centimes"));
                        assertEquals(12, rs.getInt("projet_emplois_vises"));
                        assertNotNull(rs.getString("numero"));
                        assertEquals(Instant.parse("2025-06-02T08:00:00Z"), rs.getTimestamp("anonymisee_le").toInstant());
                    }
                }
                assertEquals(0, compter(c, "select count(*) from piece where candidature_id = ?::uuid", id));
                assertTrue(compter(c, "select count(*) from historique_statut where candidature_id = ?::uuid", id) >= 2,
                        "statuses and instants stay");
                assertEquals(0, compter(c, """
                        select count(*) from historique_statut where candidature_id = ?::uuid
                        and (acteur <> '(anonymisé)' or motif is not null)""", id));
            }
            for (String piece : piecesRefusee) {
                assertEquals(0, compter(c, "select count(*) from piece_contenu where piece_id = ?::uuid", piece));
            }
            // The lauréat keeps everything: its data serve the agreement and the payments.
            assertEquals("claire@pole-val.fr", texte(c, "select contact_email from candidature where id = ?::uuid", laureate));
            assertEquals(porteurSub(porteur), texte(c, "select porteur_sub from candidature where id = ?::uuid", laureate));
            assertEquals(2, compter(c, "select count(*) from piece where candidature_id = ?::uuid", laureate));
            String trace = derniereTrace(c);
            assertTrue(trace.contains(refusee) && trace.contains(retiree), trace);
            assertFalse(trace.contains("claire@pole-val.fr") || trace.contains("Claire Durand"), trace);
        }
        // Anonymised once: the next run leaves them alone.
        assertFalse(purge.purger().candidaturesAnonymisees().contains(UUID.fromString(refusee)));
        // What the owner reads now: its anonymised files are no longer its own.
        as(porteur).get("/api/v1/candidatures/" + refusee).then().statusCode(404);
    }

    @Test
    void deuxRepliquesQuiPurgentEnMemeTempsNeSupprimentChaqueBrouillonQuUneFois() throws Exception {
        clock.pinTo(Instant.parse("2023-02-01T09:00:00Z"));
        String campagne = Fixtures.campagnePubliee(Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2023-03-31T00:00:00+02:00"));
        String porteur = Fixtures.porteur();
        List<String> brouillons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            brouillons.add(Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret()));
        }
        clock.pinTo(Instant.parse("2024-12-01T08:00:00Z"));
        long tracesAvant;
        try (Connection c = TestDatabase.connect("candidature")) {
            tracesAvant = traces(c);
        }
        CyclicBarrier depart = new CyclicBarrier(2);
        CompletableFuture<BilanPurge> a = CompletableFuture.supplyAsync(() -> ensemble(depart));
        CompletableFuture<BilanPurge> b = CompletableFuture.supplyAsync(() -> ensemble(depart));
        List<UUID> supprimes = new ArrayList<>(a.get().brouillonsSupprimes());
        supprimes.addAll(b.get().brouillonsSupprimes());
        for (String id : brouillons) {
            assertEquals(1, supprimes.stream().filter(UUID.fromString(id)::equals).count(), id + " in " + supprimes);
        }
        try (Connection c = TestDatabase.connect("candidature")) {
            assertEquals(1, traces(c) - tracesAvant, "one run purged, the other had nothing left or stood aside");
            for (String id : brouillons) {
                assertEquals(0, compter(c, "select count(*) from candidature where id = ?::uuid", id));
            }
        }
    }

    @Test
    void lePorteurRecoitSesDonneesEtSesPiecesDansUneArchiveEtRienDAutrui() throws Exception {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String autre = Fixtures.porteur();
        String sienne = Fixtures.brouillon(porteur, campagne, Fixtures.siret());
        byte[] statuts = Fixtures.pdf();
        Fixtures.joindre(porteur, sienne, "STATUTS", "statuts.pdf", statuts).then().statusCode(201);
        String dAutrui = Fixtures.brouillon(autre, campagne, Fixtures.siret());

        byte[] zip = given().auth().oauth2(porteur).get("/api/v1/moi/donnees/candidature").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entrees = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entrees.put(e.getName(), in.readAllBytes());
            }
        }
        JsonNode donnees = JSON.readTree(entrees.get("donnees.json"));
        assertEquals(porteurSub(porteur), donnees.get("porteurSub").asText());
        assertEquals(1, donnees.get("candidatures").size());
        JsonNode dossier = donnees.get("candidatures").get(0);
        assertEquals(sienne, dossier.get("candidature").get("id").asText());
        assertEquals("claire@pole-val.fr", dossier.get("candidature").get("contact").get("email").asText());
        String fichier = dossier.get("fichiers").get(0).get("fichier").asText();
        assertTrue(fichier.startsWith("pieces/" + sienne + "/") && fichier.endsWith("-statuts.pdf"), fichier);
        assertArrayEquals(statuts, entrees.get(fichier));
        assertEquals(2, entrees.size(), entrees.keySet().toString());
        assertFalse(new String(entrees.get("donnees.json")).contains(dAutrui));

        given().get("/api/v1/moi/donnees/candidature").then().statusCode(401);
        given().auth().oauth2(INSTRUCTEUR).get("/api/v1/moi/donnees/candidature").then().statusCode(403);
        given().auth().oauth2(ADMIN).get("/api/v1/moi/donnees/candidature").then().statusCode(403);
    }

    private BilanPurge ensemble(CyclicBarrier depart) {
        try {
            depart.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return purge.purger();
    }

    private static String deposee(String porteur, String campagne) {
        String id = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        Fixtures.deposer(porteur, id).then().statusCode(200);
        return id;
    }

    private static void decider(String porteur, String id, String decision, String decideLe, String statut) {
        ObjectNode d = ParcoursCandidatureTest.exemple("decision.rendue", id);
        d.put("decision", decision);
        d.put("decideLe", decideLe);
        ParcoursCandidatureTest.envoyer("ptce.decisions", "decision.rendue", d);
        ParcoursCandidatureTest.attendreStatut(porteur, id, statut);
    }

    private static List<UUID> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(UUID::fromString).toList();
    }

    private static List<String> pieces(String porteur, String candidature) {
        return as(porteur).get("/api/v1/candidatures/" + candidature + "/pieces").then().statusCode(200)
                .extract().jsonPath().getList("id");
    }

    private static String porteurSub(String token) throws Exception {
        String charge = token.split("\\.")[1];
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(charge)).get("sub").asText();
    }

    private static long compter(Connection c, String sql, String id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String texte(Connection c, String sql, String id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long traces(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from journal_audit where action = 'donnees-personnelles.purgees'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String derniereTrace(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                select acteur || ' ' || donnees::text from journal_audit where action = 'donnees-personnelles.purgees'
                order by sequence desc limit 1""");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "the purge wrote to the audit journal");
            return rs.getString(1);
        }
    }
}
