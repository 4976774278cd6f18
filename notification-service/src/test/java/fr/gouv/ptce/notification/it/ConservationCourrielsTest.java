package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.notification.donnees.PurgeDonnees;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDPR lifecycle of notification-service: 6 months after sending, an e-mail keeps only its proof
 * (recipient's hash, subject, instant, Message-ID); a porteur reads all it holds about itself.
 */
@QuarkusTest
class ConservationCourrielsTest {

    @Inject
    AdjustableClock clock;

    @Inject
    PurgeDonnees purge;

    @AfterEach
    void remettreLHorloge() {
        clock.reset();
    }

    @Test
    void sixMoisApresLEnvoiLeCorpsEstEffaceEtLaPreuveDEnvoiReste() throws Exception {
        String porteur = "porteur-" + UUID.randomUUID();
        String email = "Claire." + UUID.randomUUID().toString().substring(0, 8) + "@Pole-Val.fr";
        String ancienne = UUID.randomUUID().toString();
        String recente = UUID.randomUUID().toString();

        clock.pinTo(Instant.parse("2024-01-10T09:00:00Z"));
        String id1 = envoyeeA(ancienne, porteur, email);
        clock.pinTo(Instant.parse("2024-06-01T09:00:00Z"));
        String id2 = envoyeeA(recente, porteur, email);
        String autre = "porteur-" + UUID.randomUUID();
        envoyeeA(UUID.randomUUID().toString(), autre, "autre-" + UUID.randomUUID() + "@exemple.fr");

        // 1 Aug 2024: more than 6 months after the first e-mail, less after the second.
        clock.pinTo(Instant.parse("2024-08-01T08:00:00Z"));
        PurgeDonnees.Bilan bilan = purge.purger();
        assertTrue(bilan.courriels().contains(UUID.fromString(id1)), bilan.toString());
        assertFalse(bilan.courriels().contains(UUID.fromString(id2)), bilan.toString());
        String empreinte = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        try (Connection c = TestDatabase.connect(Evenements.BASE)) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select destinataire, sujet, corps_texte, corps_html, envoyee_le, message_id, corps_purge_le, statut
                    from notification where id = ?::uuid""")) {
                ps.setString(1, id1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(empreinte, rs.getString("destinataire"));
                    assertTrue(rs.getString("sujet").contains("Accusé de réception"), rs.getString("sujet"));
                    assertEquals("", rs.getString("corps_texte"));
                    assertEquals("", rs.getString("corps_html"));
                    assertEquals(Instant.parse("2024-01-10T09:00:00Z"), rs.getTimestamp("envoyee_le").toInstant());
                    assertNotNull(rs.getString("message_id"));
                    assertEquals(Instant.parse("2024-08-01T08:00:00Z"), rs.getTimestamp("corps_purge_le").toInstant());
                    assertEquals("ENVOYEE", rs.getString("statut"));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select destinataire, corps_texte, corps_purge_le from notification where id = ?::uuid")) {
                ps.setString(1, id2);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(email, rs.getString(1));
                    assertTrue(rs.getString(2).contains("Pôle Coopératif du Val"));
                    assertNull(rs.getTimestamp(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select acteur, donnees::text from journal_audit where action = 'donnees-personnelles.purgees'
                    order by sequence desc limit 1""");
                 ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the purge wrote to the audit journal");
                assertEquals("systeme:conservation", rs.getString(1));
                assertTrue(rs.getString(2).contains(id1), rs.getString(2));
                assertFalse(rs.getString(2).toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)));
            }
        }
        // Purged once: the next run leaves it alone.
        assertFalse(purge.purger().courriels().contains(UUID.fromString(id1)));

        // The porteur's own data: both e-mails, the old one as its proof only; nobody else's.
        JsonPath mes = given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                .get("/api/v1/moi/donnees/notification").then().statusCode(200).extract().jsonPath();
        assertEquals(porteur, mes.getString("porteurSub"));
        assertEquals(List.of(id1, id2), mes.getList("courriels.id"));
        assertNull(mes.getString("courriels[0].corpsTexte"));
        assertEquals(empreinte, mes.getString("courriels[0].destinataire"));
        assertNotNull(mes.getString("courriels[0].messageId"));
        assertTrue(mes.getString("courriels[1].corpsTexte").contains("Pôle Coopératif du Val"));

        given().get("/api/v1/moi/donnees/notification").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("instructeur-1", "instructeur"))
                .get("/api/v1/moi/donnees/notification").then().statusCode(403);
    }

    /** A candidature.deposee for a new file, e-mailed; answers the notification's id once it is sent. */
    private static String envoyeeA(String candidature, String porteur, String email) throws Exception {
        ObjectNode d = Evenements.exemple("candidature.deposee", candidature, porteur, email);
        Evenements.attendreTraite(Evenements.envoyer("candidature.deposee", candidature, d));
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> envoyee(candidature, email), id -> id != null);
    }

    private static String envoyee(String candidature, String email) throws Exception {
        try (Connection c = TestDatabase.connect(Evenements.BASE);
             PreparedStatement ps = c.prepareStatement("""
                     select id::text from notification where candidature_id = ?::uuid and destinataire = ?
                     and statut = 'ENVOYEE'""")) {
            ps.setString(1, candidature);
            ps.setString(2, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
