package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.notification.domain.Modele;
import fr.gouv.ptce.notification.domain.StatutEnvoi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Puts an e-mail in the queue, inside the caller's transaction (the inbox's, or the reminder job's):
 * the row is the promise to send. The unique key (event, recipient, template) makes a second
 * request for the same e-mail a no-op, so nothing is ever sent twice for one cause.
 */
@ApplicationScoped
public class FileNotifications {

    /** Fired in the transaction; the sender wakes once it has committed. */
    public record NotificationsEnFile() {
    }

    /** Who gets the e-mail and what it is about. {@code porteurSub} is null for staff copies. */
    public record Demande(String evenementId, String typeEvenement, Modele modele, String destinataire,
                          String porteurSub, UUID candidatureId, String numero, Map<String, Object> donnees) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    RenduMails rendu;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsEnFile> reveil;

    /** True when a new row was queued; false when this very e-mail was already queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mettreEnFile(Demande d) {
        MailRendu mail = rendu.rendre(d.modele(), d.donnees());
        Timestamp maintenant = Timestamp.from(clock.instant());
        int inserees;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into notification (id, evenement_id, type_evenement, modele, destinataire, porteur_sub,
                         candidature_id, numero, sujet, corps_texte, corps_html, statut, tentatives,
                         prochaine_tentative, creee_le, piece_jointe_nom, piece_jointe)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
                     on conflict on constraint notification_une_seule_fois do nothing""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, d.evenementId());
            ps.setString(3, d.typeEvenement());
            ps.setString(4, d.modele().name());
            ps.setString(5, d.destinataire());
            ps.setString(6, d.porteurSub());
            ps.setObject(7, d.candidatureId(), Types.OTHER);
            ps.setString(8, d.numero());
            ps.setString(9, mail.sujet());
            ps.setString(10, mail.texte());
            ps.setString(11, mail.html());
            ps.setString(12, StatutEnvoi.EN_ATTENTE.name());
            ps.setTimestamp(13, maintenant);
            ps.setTimestamp(14, maintenant);
            ps.setString(15, mail.pieceJointe().map(MailRendu.PieceJointe::nom).orElse(null));
            ps.setBytes(16, mail.pieceJointe().map(MailRendu.PieceJointe::octets).orElse(null));
            inserees = ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("notification impossible à enregistrer", e);
        }
        if (inserees == 1) {
            reveil.fire(new NotificationsEnFile());
        }
        return inserees == 1;
    }
}
