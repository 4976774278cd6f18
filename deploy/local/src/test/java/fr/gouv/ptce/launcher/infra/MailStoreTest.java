package fr.gouv.ptce.launcher.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The mailbox must show a message delivered twice twice (the fault tests count duplicates), and an
 * SMTP stop and restart on the same port must keep what was received before.
 */
class MailStoreTest {

    @TempDir
    Path dir;

    @Test
    void a_message_delivered_twice_is_saved_twice_and_mail_survives_an_smtp_restart() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail first = new GreenMail(setup);
        first.start();
        MailStore store = new MailStore(first, dir);
        send(port, "<a@essai>", "premier");
        send(port, "<a@essai>", "premier"); // the same Message-ID again: a duplicate
        send(port, "<b@essai>", "second");
        // No sync before the stop: what was received just before must be saved all the same.
        first.getSmtp().stopService();
        store.attach(null);
        first.stop();
        store.sync(); // a second pass saves nothing new
        assertEquals(3, store.all().size());
        assertThrows(jakarta.mail.MessagingException.class, () -> send(port, "<c@essai>", "refusé"));

        GreenMail second = new GreenMail(setup);
        second.start();
        try {
            store.attach(second);
            send(port, "<c@essai>", "après redémarrage");
            List<MailStore.Mail> all = store.all();
            assertEquals(4, all.size());
            assertEquals(2, all.stream().filter(m -> m.messageId().equals("<a@essai>")).count());
            assertEquals(1, all.stream().filter(m -> m.messageId().equals("<c@essai>")).count());
        } finally {
            second.stop();
        }
    }

    @Test
    void each_listing_shows_the_mail_received_since_the_last_one_and_not_the_files_removed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            MailStore store = new MailStore(smtp, dir);
            send(port, "<a@essai>", "premier");
            assertEquals(List.of("premier"), store.all().stream().map(MailStore.Mail::subject).toList());
            send(port, "<b@essai>", "second");
            List<MailStore.Mail> both = store.all();
            assertEquals(List.of("second", "premier"), both.stream().map(MailStore.Mail::subject).toList());
            assertEquals("corps", both.get(1).text());

            java.nio.file.Files.delete(store.file(both.get(1).id()));
            assertEquals(List.of("second"), store.all().stream().map(MailStore.Mail::subject).toList());
        } finally {
            smtp.stop();
        }
    }

    private static void send(int port, String messageId, String subject) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "2000");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress("ptce@essai.fr"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("porteur@essai.fr"));
        m.setSubject(subject);
        m.setText("corps");
        Transport.send(m);
    }
}
