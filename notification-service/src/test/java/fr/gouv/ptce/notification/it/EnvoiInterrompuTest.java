package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome of an SMTP conversation is lost after the server accepted the e-mail, as when the
 * service is killed at that instant: here a trigger makes the first recording of "sent" fail once,
 * so the sender's transaction is undone just as a dead process's would be. The e-mail must go out
 * again (never lost), with the same Message-ID, and the trace must show the interrupted attempt.
 */
@QuarkusTest
class EnvoiInterrompuTest {

    @Test
    void unEnvoiDontLIssueEstPerdueEstRefaitAvecLeMemeMessageIdEtLaTraceLeMontre() throws SQLException {
        String candidature = UUID.randomUUID().toString();
        String email = "coupure-" + candidature.substring(0, 8) + "@exemple.fr";
        String nom = "coupure_" + candidature.substring(0, 8);
        executer("create sequence " + nom,
                "create function " + nom + "() returns trigger language plpgsql as $$ begin "
                        + "if new.statut = 'ENVOYEE' and new.destinataire = '" + email + "' "
                        + "and nextval('" + nom + "') = 1 then "
                        + "raise exception 'issue de l''envoi perdue (essai)'; end if; return new; end $$",
                "create trigger " + nom + " before update on notification for each row execute function " + nom + "()");
        try {
            ObjectNode d = Evenements.exemple("candidature.deposee", candidature, "porteur-" + nom, email);
            Evenements.attendreTraite(Evenements.envoyer("candidature.deposee", candidature, d));

            List<MimeMessage> recus = Courriels.attendre(email, 2);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "ENVOYEE".equals(ligne(email)[0]));
            String[] n = ligne(email);
            assertEquals(2, recus.size(), "deux conversations SMTP abouties, donc deux copies");
            for (MimeMessage m : recus) {
                assertEquals(n[1], messageId(m), "chaque copie porte le Message-ID enregistré");
            }
            assertEquals("1", n[2], "une seule issue enregistrée : l'envoi réussi");
            assertEquals("2", n[3], "deux conversations commencées : celle dont l'issue est perdue reste tracée");
            when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("ptce_notifications_renvoyees_apres_interruption_total"));
        } finally {
            executer("drop trigger if exists " + nom + " on notification", "drop function if exists " + nom + "()",
                    "drop sequence if exists " + nom);
        }
    }

    /** statut, message_id, tentatives, conversations started. */
    private static String[] ligne(String email) throws SQLException {
        try (Connection c = TestDatabase.connect(Evenements.BASE);
             PreparedStatement ps = c.prepareStatement("""
                     select statut, message_id, tentatives,
                         (select count(*) from notification_envoi e where e.notification_id = n.id)
                     from notification n where destinataire = ?""")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "notification créée pour " + email);
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
            }
        }
    }

    private static void executer(String... sql) throws SQLException {
        try (Connection c = TestDatabase.connect(Evenements.BASE); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
