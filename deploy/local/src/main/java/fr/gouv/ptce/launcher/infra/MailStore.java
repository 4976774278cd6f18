package fr.gouv.ptce.launcher.infra;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Received mail as .eml files in the data folder, so that it survives a restart and can be opened
 * with any mail reader. GreenMail keeps the mail of the current run in memory; {@link #sync} writes
 * what is new.
 */
final class MailStore {

    /** One received message as the mailbox shows it. */
    record Mail(String id, Instant date, String from, List<String> to, String subject, String text, String messageId) {
    }

    private final Path dir;
    private final String runPrefix;
    private int saved;
    /** The SMTP server whose messages are saved; null while SMTP is stopped. */
    private GreenMail greenMail;
    /** How many messages of each key of the current SMTP server were saved. */
    private final java.util.Map<String, Integer> savedByKey = new java.util.HashMap<>();
    /**
     * Each saved file as already read, by file name: a saved .eml never changes, so it is parsed once,
     * not on every listing (a run's mailbox holds thousands of e-mails with PDF receipts, and the
     * tests list it every quarter of a second in a 128 MB JVM).
     */
    private final java.util.Map<String, Mail> readByName = new java.util.HashMap<>();

    MailStore(GreenMail greenMail, Path dir) throws IOException {
        this.greenMail = greenMail;
        this.dir = dir;
        Files.createDirectories(dir);
        // File names sort by arrival across restarts: start time of this run, then a sequence.
        this.runPrefix = Long.toString(System.currentTimeMillis());
    }

    /**
     * Saves what the current server received, then follows {@code next} instead (null: none). A
     * restarted GreenMail starts empty, so the counts start again too.
     */
    synchronized void attach(GreenMail next) {
        sync();
        greenMail = next;
        savedByKey.clear();
    }

    /**
     * Saves the messages not saved yet. GreenMail lists received messages grouped by mailbox, not in
     * arrival order, so a new message can land before older ones: they are told apart by key
     * (Message-ID and recipients) and counted, so that a message delivered twice with the same
     * Message-ID is saved twice: the mailbox must show duplicates, not hide them.
     */
    synchronized void sync() {
        if (greenMail == null) {
            return;
        }
        java.util.Map<String, Integer> inList = new java.util.HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String key = key(message);
            int n = inList.merge(key, 1, Integer::sum);
            if (n <= savedByKey.getOrDefault(key, 0)) {
                continue;
            }
            savedByKey.put(key, n);
            saved++;
            Path file = dir.resolve(String.format("%s-%05d.eml", runPrefix, saved));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            } catch (Exception e) {
                InfraMain.log("cannot save a received mail: " + e.getMessage());
            }
        }
    }

    private static String key(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null) {
                return id + "|" + java.util.Arrays.toString(message.getAllRecipients());
            }
        } catch (Exception ignored) {
            // fall back to identity below
        }
        return "identity:" + System.identityHashCode(message);
    }

    /** Every saved message, newest first. A file removed from the folder is no longer listed. */
    synchronized List<Mail> all() {
        sync();
        List<Mail> mails = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> saved = files.filter(f -> f.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::toString).reversed()).toList();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Path file : saved) {
                String name = file.getFileName().toString();
                names.add(name);
                Mail mail = readByName.get(name);
                if (mail == null) {
                    mail = read(file).orElse(null);
                    if (mail == null) {
                        continue; // unreadable: logged by read, tried again on the next listing
                    }
                    readByName.put(name, mail);
                }
                mails.add(mail);
            }
            readByName.keySet().retainAll(names);
        } catch (IOException e) {
            InfraMain.log("cannot list mail: " + e.getMessage());
        }
        return mails;
    }

    Path file(String id) {
        if (!id.matches("[0-9]+-[0-9]+")) {
            return null;
        }
        Path file = dir.resolve(id + ".eml");
        return Files.isRegularFile(file) ? file : null;
    }

    java.util.Optional<Mail> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String id = file.getFileName().toString().replace(".eml", "");
            Instant date = message.getSentDate() != null ? message.getSentDate().toInstant()
                    : Files.getLastModifiedTime(file).toInstant();
            List<String> to = new ArrayList<>();
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            if (recipients != null) {
                for (Address a : recipients) {
                    to.add(a.toString());
                }
            }
            String from = message.getFrom() == null || message.getFrom().length == 0 ? "" : message.getFrom()[0].toString();
            return java.util.Optional.of(new Mail(id, date, from, to,
                    message.getSubject() == null ? "" : message.getSubject(), text(message),
                    message.getMessageID() == null ? "" : message.getMessageID()));
        } catch (Exception e) {
            InfraMain.log("cannot read " + file + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The text/plain body, else the HTML body with its tags removed. */
    static String text(Part part) throws Exception {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null ? "" : html.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("[ \\t]+", " ").trim();
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type) && part.getContent() instanceof String s) {
            return s;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
