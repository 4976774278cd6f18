package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.inbox.IncomingEvent;
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
import java.time.Clock;
import java.util.UUID;

/**
 * Queues one delivery per active endpoint subscribed to the event's fact, in the inbox transaction:
 * the event is recorded as handled only together with the deliveries it owes. What is queued is the
 * partner view of the event ({@link VuePartenaire}), and only for the types open to partners.
 */
@ApplicationScoped
public class FileLivraisons {

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    Event<LivreurWebhooks.LivraisonsEnFile> reveil;

    @Transactional(Transactional.TxType.MANDATORY)
    public int mettreEnFile(IncomingEvent e) {
        // A type closed to partners is delivered to nobody, even to a subscription made before it was closed.
        if (!CataloguePartenaire.ouvert(e.fact())) {
            return 0;
        }
        VuePartenaire.Corps vue = VuePartenaire.pour(e);
        String corps = vue.json();
        // A view that breaks its schema is logged as failed at once, with the reason, and never sent.
        StatutEnvoi statut = vue.refus().isPresent() ? StatutEnvoi.ECHEC : StatutEnvoi.EN_ATTENTE;
        Timestamp maintenant = Timestamp.from(clock.instant());
        int n;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into livraison (id, webhook_id, evenement_id, type_evenement, corps, statut, tentatives,
                         prochaine_tentative, creee_le, derniere_erreur)
                     select gen_random_uuid(), w.id, ?, ?, ?, ?, 0, ?, ?, ?
                     from webhook w
                     where w.actif and ? = any (string_to_array(w.types, ','))
                     on conflict on constraint livraison_une_seule_fois do nothing""")) {
            ps.setString(1, e.id());
            ps.setString(2, e.fact());
            ps.setString(3, corps);
            ps.setString(4, statut.name());
            ps.setTimestamp(5, maintenant);
            ps.setTimestamp(6, maintenant);
            ps.setString(7, vue.refus().orElse(null));
            ps.setString(8, e.fact());
            n = ps.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("livraisons impossibles à enregistrer", ex);
        }
        if (n > 0 && statut == StatutEnvoi.EN_ATTENTE) {
            reveil.fire(new LivreurWebhooks.LivraisonsEnFile());
        }
        return n;
    }
}
