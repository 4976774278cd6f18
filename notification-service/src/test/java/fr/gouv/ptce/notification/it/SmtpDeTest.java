package fr.gouv.ptce.notification.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the JVM (GreenMail), started before Quarkus; the service is pointed at it
 * and the tests read its mailbox. It can be stopped and started again on the same port, to play an
 * SMTP outage.
 */
public class SmtpDeTest implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail serveur;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = portLibre();
        demarrer();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        arreter();
    }

    public static synchronized void demarrer() {
        if (serveur == null || !serveur.isRunning()) {
            serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            serveur.start();
        }
    }

    public static synchronized void arreter() {
        if (serveur != null) {
            serveur.stop();
        }
    }

    /** Every message received so far for {@code destinataire} (since the last restart). */
    public static List<MimeMessage> recus(String destinataire) {
        GreenMail s = serveur;
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.getReceivedMessages()).filter(m -> adresseA(m, destinataire)).toList();
    }

    private static boolean adresseA(MimeMessage m, String destinataire) {
        try {
            Address[] a = m.getAllRecipients();
            return a != null && Arrays.stream(a).anyMatch(x -> x.toString().equalsIgnoreCase(destinataire));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int portLibre() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
