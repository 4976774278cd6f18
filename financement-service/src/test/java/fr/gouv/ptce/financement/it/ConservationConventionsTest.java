package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.financement.donnees.PurgeDonnees;
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
import java.util.Set;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.porteur;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDPR lifecycle of financement-service: money is kept; the contact and owner of an agreement go
 * 10 years after it ended (accounting retention), never before; a porteur reads its own agreements.
 */
@QuarkusTest
class ConservationConventionsTest {

    @Inject
    AdjustableClock clock;

    @Inject
    PurgeDonnees purge;

    @AfterEach
    void remettreLHorloge() {
        clock.reset();
    }

    @Test
    void dixAnsApresSaFinUneConventionGardeSesMontantsEtPerdSonContact() throws Exception {
        clock.pinTo(Instant.parse("2024-02-01T09:00:00Z"));
        UUID campagne = campagne(150_000_000L);
        String sub = "porteur-" + UUID.randomUUID();
        ObjectNode s1 = selection(campagne, sub);
        ObjectNode s2 = selection(campagne, sub);
        ObjectNode dAutrui = selection(campagne, "porteur-" + UUID.randomUUID());
        envoyer(s1);
        envoyer(s2);
        envoyer(dAutrui);
        String terminee = attendreConvention(s1.path("candidatureId").asText(), campagne.toString()).getString("id");
        String vivante = attendreConvention(s2.path("candidatureId").asText(), campagne.toString()).getString("id");
        String autre = attendreConvention(dAutrui.path("candidatureId").asText(), campagne.toString()).getString("id");

        // The porteur's own data: its two agreements, with their contact; nobody else's.
        JsonPath mes = given().auth().oauth2(porteur(sub)).get("/api/v1/moi/donnees/financement").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(sub, mes.getString("porteurSub"));
        assertEquals(Set.of(terminee, vivante), Set.copyOf(mes.getList("conventions.convention.id")));
        assertEquals("Claire Durand", mes.getString("conventions[0].contactNom"));
        assertEquals("contact@pole-val.fr", mes.getString("conventions[0].convention.contactEmail"));
        assertFalse(mes.prettify().contains(autre));
        given().get("/api/v1/moi/donnees/financement").then().statusCode(401);
        given().auth().oauth2(gestionnaire()).get("/api/v1/moi/donnees/financement").then().statusCode(403);

        clock.pinTo(Instant.parse("2024-03-01T09:00:00Z"));
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("motif", "Renonciation du lauréat", "montantReversement", 0))
                .post("/api/v1/conventions/{id}/resiliation", terminee).then().statusCode(200);

        clock.pinTo(Instant.parse("2034-02-28T09:00:00Z")); // the accounting period is not over
        assertFalse(purge.purger().conventionsAnonymisees().contains(UUID.fromString(terminee)));

        clock.pinTo(Instant.parse("2034-03-02T09:00:00Z"));
        PurgeDonnees.Bilan bilan = purge.purger();
        assertTrue(bilan.conventionsAnonymisees().contains(UUID.fromString(terminee)), bilan.toString());
        assertFalse(bilan.conventionsAnonymisees().contains(UUID.fromString(vivante)), "a live agreement keeps its contact");
        try (Connection c = TestDatabase.connect("financement")) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select contact_nom, contact_email, porteur_sub, montant_centimes, siret, raison_sociale, statut,
                           motif_resiliation, anonymisee_le
                    from convention where id = ?::uuid""")) {
                ps.setString(1, terminee);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertNull(rs.getString("contact_nom"));
                    assertEquals("", rs.getString("contact_email"));
                    assertEquals("anonyme", rs.getString("porteur_sub"));
                    assertEquals(10_000_000L, rs.getLong("montant_centimes"));
                    assertEquals("35600000000048", rs.getString("siret"));
                    assertEquals("RESILIEE", rs.getString("statut"));
                    assertEquals("Renonciation du lauréat", rs.getString("motif_resiliation"));
                    assertEquals(Instant.parse("2034-03-02T09:00:00Z"), rs.getTimestamp("anonymisee_le").toInstant());
                }
            }
            assertTrue(compter(c, "select count(*) from echeance where convention_id = ?::uuid", terminee) > 0,
                    "the schedule stays");
            assertTrue(compter(c, "select count(*) from audit_financement where objet_id = ?", terminee) > 0,
                    "the audit trail stays");
            assertEquals(sub, texte(c, "select porteur_sub from convention where id = ?::uuid", vivante));
            String trace = texte(c, """
                    select donnees::text from journal_audit where action = 'donnees-personnelles.purgees'
                    order by sequence desc limit 1""", null);
            assertTrue(trace.contains(terminee), trace);
            assertFalse(trace.contains("contact@pole-val.fr"), trace);
        }
        JsonPath apres = given().auth().oauth2(porteur(sub)).get("/api/v1/moi/donnees/financement").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(vivante), apres.getList("conventions.convention.id"));
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
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }
}
