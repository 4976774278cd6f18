package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.valeurs.Reessai;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.StatutEnvoi;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the queued e-mails. Each one is claimed with {@code FOR NO KEY UPDATE SKIP LOCKED} in its
 * own transaction, which stays open while the SMTP server answers: another replica skips the row
 * instead of sending it again, and the outcome (ENVOYEE with instant and Message-ID, or one more
 * failed attempt with its reason and the time of the next one) is committed with the claim.
 * Runs on a timer and whenever a transaction that queued e-mails commits.
 * <p>
 * SMTP has no way to ask whether a message went through: if the service dies between the server's
 * acceptance and the commit, the claim is undone and the e-mail goes out again. That is chosen over
 * losing a notice (a decision, a request for documents); the copy has the same Message-ID, and each
 * conversation is first recorded on its own ({@link JournalEnvois}) so the interrupted one shows.
 */
@ApplicationScoped
public class ExpediteurMails {

    private static final Logger LOG = Logger.getLogger(ExpediteurMails.class);

    private record Aenvoyer(UUID id, String destinataire, String sujet, String texte, String html, int tentatives,
                            String pieceJointeNom, byte[] pieceJointe, int commences) {

        /** Conversations started whose outcome was never recorded: the service died during them. */
        int interrompus() {
            return commences - tentatives;
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    NotificationSettings settings;

    @Inject
    MeterRegistry registry;

    @Inject
    JournalEnvois journal;

    @Scheduled(every = "${ptce.notification.envoi.intervalle:10s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void minuterie() {
        envoyerEnAttente();
    }

    /** Sends what is due, one e-mail per transaction; returns how many were handled. */
    public int envoyerEnAttente() {
        int traitees = 0;
        while (traitees < settings.envoi().lot()) {
            Boolean une;
            try {
                une = QuarkusTransaction.requiringNew().call(this::envoyerUne);
            } catch (RuntimeException e) {
                LOG.warnf("Envoi des e-mails interrompu : %s", e.getMessage());
                return traitees;
            }
            if (!Boolean.TRUE.equals(une)) {
                return traitees;
            }
            traitees++;
        }
        return traitees;
    }

    private boolean envoyerUne() throws SQLException {
        Instant maintenant = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            Optional<Aenvoyer> prochaine = reserver(c, maintenant);
            if (prochaine.isEmpty()) {
                return false;
            }
            Aenvoyer n = prochaine.get();
            String messageId = "<" + n.id() + "@" + settings.envoi().domaineMessageId() + ">";
            if (n.interrompus() > 0) {
                LOG.warnf("E-mail %s : %d envoi(s) interrompu(s) par un arrêt du service, issue inconnue ; "
                        + "renvoyé avec le même Message-ID %s", n.id(), n.interrompus(), messageId);
                registry.counter("ptce_notifications_renvoyees_apres_interruption").increment();
            }
            journal.commencer(n.id(), clock.instant());
            try {
                Mail mail = Mail.withText(n.destinataire(), n.sujet(), n.texte())
                        .setHtml(n.html())
                        .addHeader("Message-ID", messageId);
                if (n.pieceJointe() != null) {
                    mail.addAttachment(n.pieceJointeNom(), n.pieceJointe(), "application/pdf");
                }
                mailer.send(mail);
                marquerEnvoyee(c, n.id(), clock.instant(), messageId);
                registry.counter("ptce_notifications_envoyees").increment();
            } catch (RuntimeException e) {
                echec(c, n, raison(e));
            }
            return true;
        }
    }

    // NO KEY UPDATE, not UPDATE: the journal's row, written meanwhile on another connection, checks
    // its foreign key with a KEY SHARE lock on this row, which UPDATE would make wait for this very
    // transaction. NO KEY UPDATE still excludes another replica's claim.
    private Optional<Aenvoyer> reserver(Connection c, Instant maintenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select id, destinataire, sujet, corps_texte, corps_html, tentatives, piece_jointe_nom, piece_jointe,
                    (select count(*) from notification_envoi e where e.notification_id = notification.id)
                from notification
                where statut = 'EN_ATTENTE' and prochaine_tentative <= ?
                order by prochaine_tentative, creee_le
                limit 1 for no key update skip locked""")) {
            ps.setTimestamp(1, Timestamp.from(maintenant));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Aenvoyer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getBytes(8), rs.getInt(9)));
            }
        }
    }

    private void marquerEnvoyee(Connection c, UUID id, Instant le, String messageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update notification set statut = ?, envoyee_le = ?, message_id = ?, tentatives = tentatives + 1,
                    derniere_erreur = null where id = ?""")) {
            ps.setString(1, StatutEnvoi.ENVOYEE.name());
            ps.setTimestamp(2, Timestamp.from(le));
            ps.setString(3, messageId);
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    private void echec(Connection c, Aenvoyer n, String raison) throws SQLException {
        Reessai reessai = new Reessai(settings.envoi().maxTentatives(), settings.envoi().delaiInitial(),
                settings.envoi().delaiMax());
        int faites = n.tentatives() + 1;
        Optional<Instant> suivante = reessai.prochaineTentative(faites, clock.instant());
        try (PreparedStatement ps = c.prepareStatement("""
                update notification set statut = ?, tentatives = ?, derniere_erreur = ?,
                    prochaine_tentative = coalesce(?, prochaine_tentative) where id = ?""")) {
            ps.setString(1, (suivante.isPresent() ? StatutEnvoi.EN_ATTENTE : StatutEnvoi.ECHEC).name());
            ps.setInt(2, faites);
            ps.setString(3, raison);
            ps.setTimestamp(4, suivante.map(Timestamp::from).orElse(null));
            ps.setObject(5, n.id());
            ps.executeUpdate();
        }
        if (suivante.isEmpty()) {
            LOG.errorf("E-mail %s abandonné après %d tentatives : %s", n.id(), faites, raison);
            registry.counter("ptce_notifications_echec").increment();
        } else {
            LOG.warnf("E-mail %s, tentative %d en échec (%s) ; nouvelle tentative à %s", n.id(), faites, raison,
                    suivante.get());
        }
    }

    static String raison(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                if (!sb.isEmpty()) {
                    sb.append(" ; ");
                }
                sb.append(t.getMessage());
            }
        }
        return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
    }
}
