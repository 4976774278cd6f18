package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.evaluation.donnees.PurgeDonnees;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comme;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDPR lifecycle of evaluation-service: 2 years after its last change a not-retained file loses its
 * natural persons' data (columns and submission snapshot) and keeps its structure, statuses and
 * decisions; a porteur reads its own files only.
 */
@QuarkusTest
class ConservationDossiersTest {

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
    void unDossierIrrecevableEstAnonymiseDeuxAnsApresEtLesAutresRestent() throws Exception {
        clock.pinTo(Instant.parse("2023-08-01T08:00:00Z"));
        UUID campagne = Scenario.campagnePhase2(15);
        UUID irrecevable = Scenario.depot(campagne, "PHASE_2");
        UUID enCours = Scenario.depot(campagne, "PHASE_2");
        instructeur().post("/api/v1/instructions/" + irrecevable + "/prise-en-charge").then().statusCode(200);
        instructeur().body(Map.of("recevable", false, "motivation", "Moins de trois personnes morales membres."))
                .post("/api/v1/instructions/" + irrecevable + "/recevabilite").then().statusCode(200);

        clock.pinTo(Instant.parse("2025-07-31T08:00:00Z")); // a day short of two years
        assertFalse(purge.purger().dossiersAnonymises().contains(irrecevable));

        clock.pinTo(Instant.parse("2025-08-02T08:00:00Z"));
        PurgeDonnees.Bilan bilan = purge.purger();
        assertTrue(bilan.dossiersAnonymises().contains(irrecevable), bilan.toString());
        assertFalse(bilan.dossiersAnonymises().contains(enCours), "a file in progress keeps its data");
        try (Connection c = TestDatabase.connect("evaluation")) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select contact_nom, contact_email, contact_telephone, porteur_sub, snapshot, siret, raison_sociale,
                           code_commune, statut, motivation_recevabilite, anonymisee_le
                    from instruction where candidature_id = ?""")) {
                ps.setObject(1, irrecevable);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("(anonymisé)", rs.getString("contact_nom"));
                    assertEquals("", rs.getString("contact_email"));
                    assertNull(rs.getString("contact_telephone"));
                    assertEquals("anonyme", rs.getString("porteur_sub"));
                    String snapshot = rs.getString("snapshot");
                    assertFalse(snapshot.contains("Claire Durand") || snapshot.contains("contact@pole-val.fr")
                            || snapshot.contains("0299000000") || snapshot.contains("Scop Bois du Val"), snapshot);
                    JsonNode depot = JSON.readTree(snapshot);
                    assertEquals("55208131766522", depot.path("membres").get(0).path("siret").asText());
                    assertEquals(25_000_000L, depot.path("projet").path("budgetCentimes").asLong());
                    assertEquals("35600000000048", rs.getString("siret"));
                    assertEquals("Pôle Coopératif du Val", rs.getString("raison_sociale"));
                    assertEquals("35238", rs.getString("code_commune"));
                    assertEquals("IRRECEVABLE", rs.getString("statut"));
                    assertEquals("Moins de trois personnes morales membres.", rs.getString("motivation_recevabilite"));
                    assertEquals(Instant.parse("2025-08-02T08:00:00Z"), rs.getTimestamp("anonymisee_le").toInstant());
                }
            }
            assertEquals("contact@pole-val.fr", texte(c, "select contact_email from instruction where candidature_id = ?", enCours));
            assertEquals("porteur-" + enCours, texte(c, "select porteur_sub from instruction where candidature_id = ?", enCours));
            assertTrue(compter(c, "select count(*) from instruction_journal where candidature_id = ?", irrecevable) >= 2,
                    "the instruction's steps stay");
            String trace = texte(c, """
                    select donnees::text from journal_audit where action = 'donnees-personnelles.purgees'
                    and id_agregat is not null order by sequence desc limit 1""", null);
            assertTrue(trace.contains(irrecevable.toString()), trace);
            assertFalse(trace.contains("contact@pole-val.fr"), trace);
        }
        assertFalse(purge.purger().dossiersAnonymises().contains(irrecevable), "anonymised once");
    }

    @Test
    void lePorteurLitSesDossiersEtRienDAutrui() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID sien = Scenario.depot(campagne, "PHASE_2");
        UUID dAutrui = Scenario.depot(campagne, "PHASE_2");
        JsonPath mes = comme("porteur-" + sien, "porteur").get("/api/v1/moi/donnees/evaluation").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(sien.toString()), mes.getList("dossiers.candidatureId"));
        assertEquals("contact@pole-val.fr", mes.getString("dossiers[0].contactEmail"));
        assertEquals("Claire Durand", mes.getString("dossiers[0].depot.contact.nom"));
        assertEquals("A_INSTRUIRE", mes.getString("dossiers[0].statut"));
        assertFalse(mes.prettify().contains(dAutrui.toString()));

        given().get("/api/v1/moi/donnees/evaluation").then().statusCode(401);
        instructeur().get("/api/v1/moi/donnees/evaluation").then().statusCode(403);
    }

    private static String texte(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setObject(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }

    private static long compter(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
