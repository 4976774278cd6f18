package fr.gouv.ptce.notification.relances;

import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.notification.domain.Modele;
import fr.gouv.ptce.notification.domain.Rappel;
import fr.gouv.ptce.notification.notifications.FileNotifications;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The reminders, driven by the injected clock: (1) before a phase-2 campaign closes, each eligible
 * structure (a phase-1 lauréat) with no phase-2 application submitted to it; (2) before a report
 * falls due, the porteur whose report is not approved yet. Each reminder has a key
 * ({@code relance-cloture:<campagne>:<siret>:J7}…) used as the notification's cause, so the unique
 * constraint makes a second run — or a second replica — queue nothing new.
 */
@ApplicationScoped
public class Relances {

    private static final Logger LOG = Logger.getLogger(Relances.class);

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    FileNotifications notifications;

    @Scheduled(every = "${ptce.notification.relances.intervalle:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void minuterie() {
        try {
            executer();
        } catch (RuntimeException e) {
            LOG.warnf("Relances interrompues : %s", e.getMessage());
        }
    }

    /** Queues the reminders due now; returns how many were new. */
    @Transactional
    public int executer() {
        Instant maintenant = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            return clotures(c, maintenant) + rapports(c, maintenant);
        } catch (SQLException e) {
            throw new IllegalStateException("relances impossibles", e);
        }
    }

    private int clotures(Connection c, Instant maintenant) throws SQLException {
        int nouvelles = 0;
        // Only campaigns closing within the next 7 days can have a reminder due.
        try (PreparedStatement ps = c.prepareStatement("""
                select k.campagne_id, k.code, k.libelle, k.cloture, s.siret, s.raison_sociale, s.contact_email,
                       s.porteur_sub
                from campagne k cross join structure_eligible s
                where k.phase = 'PHASE_2' and k.cloture > ? and k.cloture <= ?
                  and not exists (select 1 from depot_phase2 d where d.campagne_id = k.campagne_id and d.siret = s.siret)
                order by k.cloture, s.siret""")) {
            ps.setTimestamp(1, Timestamp.from(maintenant));
            ps.setTimestamp(2, Timestamp.from(maintenant.plus(Duration.ofDays(Rappel.J7.jours()))));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant cloture = rs.getTimestamp(4).toInstant();
                    Rappel rappel = Rappel.du(cloture, maintenant).orElse(null);
                    if (rappel == null) {
                        continue;
                    }
                    UUID campagne = rs.getObject(1, UUID.class);
                    String siret = rs.getString(5);
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("campagneId", campagne.toString());
                    d.put("campagneCode", rs.getString(2));
                    d.put("campagneLibelle", rs.getString(3));
                    d.put("cloture", cloture.toString());
                    d.put("siret", siret);
                    d.put("raisonSociale", rs.getString(6));
                    d.put("joursRestants", rappel.jours());
                    String cle = "relance-cloture:" + campagne + ":" + siret + ":" + rappel.name();
                    if (notifications.mettreEnFile(new FileNotifications.Demande(cle, "relance.cloture",
                            Modele.RELANCE_CLOTURE, rs.getString(7), rs.getString(8), null, null, d))) {
                        nouvelles++;
                    }
                }
            }
        }
        return nouvelles;
    }

    private int rapports(Connection c, Instant maintenant) throws SQLException {
        int nouvelles = 0;
        LocalDate aujourdhui = maintenant.atZone(ParisTime.ZONE).toLocalDate();
        try (PreparedStatement ps = c.prepareStatement("""
                select rapport_id, candidature_id, numero, porteur_sub, contact_email, type, date_limite
                from rapport_attendu
                where not approuve and date_limite >= ? and date_limite <= ?
                order by date_limite, rapport_id""")) {
            ps.setObject(1, aujourdhui);
            ps.setObject(2, aujourdhui.plusDays(Rappel.J7.jours()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate limite = rs.getObject(7, LocalDate.class);
                    Rappel rappel = Rappel.du(Rappel.finDeJournee(limite, ParisTime.ZONE), maintenant).orElse(null);
                    if (rappel == null) {
                        continue;
                    }
                    UUID rapport = rs.getObject(1, UUID.class);
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("rapportId", rapport.toString());
                    d.put("numero", rs.getString(3));
                    d.put("type", rs.getString(6));
                    d.put("dateLimite", limite.toString());
                    d.put("joursRestants", rappel.jours());
                    String cle = "relance-rapport:" + rapport + ":" + rappel.name();
                    if (notifications.mettreEnFile(new FileNotifications.Demande(cle, "relance.rapport",
                            Modele.RELANCE_RAPPORT, rs.getString(5), rs.getString(4), rs.getObject(2, UUID.class),
                            rs.getString(3), d))) {
                        nouvelles++;
                    }
                }
            }
        }
        return nouvelles;
    }
}
