package fr.gouv.ptce.commons.conservation;

import fr.gouv.ptce.commons.audit.JournalAudit;
import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.commons.verrous.VerrouConsultatif;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every service's scheduled purge of personal data shares (GDPR retention, see
 * docs/DONNEES-PERSONNELLES.md): one replica at a time, limits computed from the business clock,
 * and a trace in the audit journal of what was purged — counts and ids, never the data themselves.
 * Everything happens in the purge's transaction: the trace commits with the deletions or not at all.
 */
@ApplicationScoped
public class PassagePurge {

    /** The actor of the journal entries. */
    public static final String ACTEUR = "systeme:conservation";
    /** The action of the journal entries. */
    public static final String ACTION = "donnees-personnelles.purgees";

    private static final Logger LOG = Logger.getLogger(PassagePurge.class);

    @Inject
    DataSource dataSource;

    @Inject
    JournalAudit journal;

    @Inject
    Clock clock;

    /**
     * Takes the service's purge lock until the caller commits; false at once when another replica
     * holds it (that replica is purging the same rows: this run has nothing to do).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean prendreLaMain() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, VerrouConsultatif.PURGE_DONNEES.classe());
            ps.setInt(2, VerrouConsultatif.PURGE_DONNEES.objet());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verrou de la purge impossible à prendre", e);
        }
    }

    /**
     * The frame of every service's scheduled run: nothing when the schedule is switched off
     * ({@code PTCE_CONSERVATION_PLANIFIEE=false}), one log line when something was purged
     * ({@code run} answers that line, or null when nothing was), and a failure logged and left to the
     * next run — the transaction rolled back, nothing half-purged, the scheduler thread kept alive.
     */
    public static void planifiee(boolean active, Supplier<String> run) {
        if (!active) {
            return;
        }
        try {
            String resume = run.get();
            if (resume != null) {
                LOG.info("Purge des données personnelles : " + resume);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Purge des données personnelles interrompue, reprise au prochain passage : %s", e.getMessage());
        }
    }

    /** The business instant of this run. */
    public Instant maintenant() {
        return clock.instant();
    }

    /** The instant {@code duree} before now, counted in calendar months and years in Paris time. */
    public Instant limite(Period duree) {
        return clock.instant().atZone(ParisTime.ZONE).minus(duree).toInstant();
    }

    /**
     * Writes one journal entry for what this run purged ({@code bilan}: counts and ids). Nothing is
     * written for a run that purged nothing, so the journal does not fill with empty runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consigner(String typeAgregat, Map<String, ?> bilan, boolean vide) {
        if (!vide) {
            journal.ajouter(ACTEUR, ACTION, typeAgregat, clock.instant(), bilan);
        }
    }
}
