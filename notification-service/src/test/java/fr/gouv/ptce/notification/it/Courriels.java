package fr.gouv.ptce.notification.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the test mailbox: wait for mail, get a message's subject, bodies and attachments. */
final class Courriels {

    private Courriels() {
    }

    static List<MimeMessage> attendre(String destinataire, int nombre) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> SmtpDeTest.recus(destinataire).size() >= nombre);
        return SmtpDeTest.recus(destinataire);
    }

    static MimeMessage unSeul(String destinataire) {
        List<MimeMessage> recus = attendre(destinataire, 1);
        if (recus.size() != 1) {
            throw new AssertionError(recus.size() + " messages pour " + destinataire + " au lieu d'un seul");
        }
        return recus.get(0);
    }

    static String sujet(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String texte(MimeMessage m) {
        try {
            return partie(m, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(MimeMessage m) {
        try {
            return partie(m, "text/html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's attachments: file name → bytes. */
    static Map<String, byte[]> piecesJointes(MimeMessage m) {
        Map<String, byte[]> pieces = new LinkedHashMap<>();
        try {
            joindre(m, pieces);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return pieces;
    }

    private static void joindre(Part p, Map<String, byte[]> pieces) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || (p.getFileName() != null && !p.isMimeType("multipart/*"))) {
            try (InputStream in = p.getInputStream()) {
                pieces.put(p.getFileName(), in.readAllBytes());
            }
            return;
        }
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                joindre(mp.getBodyPart(i), pieces);
            }
        }
    }

    private static String partie(Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return p.getContent().toString();
        }
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                String s = partie(b, type);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
