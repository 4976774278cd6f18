package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.commons.verrous.VerrouConsultatif;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * One synchronisation of a campaign at a time across every replica: a PostgreSQL session advisory
 * lock, held on a connection of its own for the whole run (a run spans many transactions). A
 * replica that dies loses its connection, and PostgreSQL frees the lock with it.
 */
@ApplicationScoped
public class VerrouSynchroDs {

    private static final Logger LOG = Logger.getLogger(VerrouSynchroDs.class);
    private static final String CLE = VerrouConsultatif.SYNCHRO_DS.sql();

    @Inject
    DataSource dataSource;

    /** The lock while the run lasts (close it to free), or empty when another run holds it. */
    public Optional<Verrou> prendre(UUID campagneId) {
        String cle = VerrouConsultatif.SYNCHRO_DS.texte(campagneId);
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(" + CLE + ")")) {
                ps.setString(1, cle);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Verrou(c, cle));
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            fermer(c);
            throw new ErreurDs("verrou de synchronisation indisponible : " + e.getMessage());
        }
    }

    public static final class Verrou implements AutoCloseable {
        private final Connection connexion;
        private final String cle;

        private Verrou(Connection connexion, String cle) {
            this.connexion = connexion;
            this.cle = cle;
        }

        @Override
        public void close() {
            try (PreparedStatement ps = connexion.prepareStatement("select pg_advisory_unlock(" + CLE + ")")) {
                ps.setString(1, cle);
                ps.execute();
            } catch (SQLException e) {
                LOG.warnf("verrou de synchronisation DS non libéré (%s) : la connexion est fermée", e.getMessage());
            } finally {
                fermer(connexion);
            }
        }
    }

    private static void fermer(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken: PostgreSQL frees its locks with the session
            }
        }
    }
}
