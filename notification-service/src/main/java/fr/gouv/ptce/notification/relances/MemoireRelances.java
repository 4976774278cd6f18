package fr.gouv.ptce.notification.relances;

import fr.gouv.ptce.events.CampagnePubliee;
import fr.gouv.ptce.events.CandidatureRetiree;
import fr.gouv.ptce.events.DepotCandidature;
import fr.gouv.ptce.events.Evenement;
import fr.gouv.ptce.events.LaureatPhase1Designe;
import fr.gouv.ptce.events.Phase;
import fr.gouv.ptce.events.RapportApprouve;
import fr.gouv.ptce.events.RapportAttendu;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Keeps from the events what the reminders need, since no service is called to ask: campaign
 * closing instants, phase-2-eligible structures (phase-1 lauréats), phase-2 submissions, reports due.
 */
@ApplicationScoped
public class MemoireRelances {

    @Inject
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public void memoriser(Evenement e) {
        try (Connection c = dataSource.getConnection()) {
            if (e instanceof CampagnePubliee d) {
                campagne(c, d);
            } else if (e instanceof LaureatPhase1Designe d) {
                eligible(c, d);
            } else if (e instanceof DepotCandidature d) {
                depot(c, d);
            } else if (e instanceof CandidatureRetiree d) {
                retrait(c, d);
            } else if (e instanceof RapportAttendu d) {
                rapportAttendu(c, d);
            } else if (e instanceof RapportApprouve d) {
                rapportApprouve(c, d);
            }
            // the other facts hold nothing the reminders need
        } catch (SQLException ex) {
            throw new IllegalStateException("données de relance impossibles à enregistrer", ex);
        }
    }

    private void campagne(Connection c, CampagnePubliee e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into campagne (campagne_id, code, libelle, phase, cloture) values (?, ?, ?, ?, ?)
                on conflict (campagne_id) do update set code = excluded.code, libelle = excluded.libelle,
                    phase = excluded.phase, cloture = excluded.cloture""")) {
            ps.setObject(1, e.campagneId());
            ps.setString(2, e.code());
            ps.setString(3, e.libelle());
            ps.setString(4, e.phase().name());
            ps.setTimestamp(5, Timestamp.from(e.cloture()));
            ps.executeUpdate();
        }
    }

    private void eligible(Connection c, LaureatPhase1Designe e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into structure_eligible (siret, raison_sociale, contact_email, porteur_sub, candidature_id, numero)
                values (?, ?, ?, ?, ?, ?)
                on conflict (siret) do update set raison_sociale = excluded.raison_sociale,
                    contact_email = excluded.contact_email, porteur_sub = excluded.porteur_sub,
                    candidature_id = excluded.candidature_id, numero = excluded.numero""")) {
            ps.setString(1, e.siret());
            ps.setString(2, e.raisonSociale());
            ps.setString(3, e.contactEmail());
            ps.setString(4, e.porteurSub());
            ps.setObject(5, e.candidatureId());
            ps.setString(6, e.numero());
            ps.executeUpdate();
        }
    }

    private void depot(Connection c, DepotCandidature e) throws SQLException {
        if (e.phase() != Phase.PHASE_2) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into depot_phase2 (campagne_id, siret) values (?, ?) on conflict do nothing")) {
            ps.setObject(1, e.campagneId());
            ps.setString(2, e.structure().siret());
            ps.executeUpdate();
        }
    }

    /** A withdrawn phase-2 file no longer counts as submitted: the structure may be reminded again. */
    private void retrait(Connection c, CandidatureRetiree e) throws SQLException {
        if (e.phase() != Phase.PHASE_2) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from depot_phase2 where campagne_id = ? and siret = ?")) {
            ps.setObject(1, e.campagneId());
            ps.setString(2, e.siret());
            ps.executeUpdate();
        }
    }

    private void rapportAttendu(Connection c, RapportAttendu e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into rapport_attendu (rapport_id, candidature_id, numero, porteur_sub, contact_email,
                    convention_id, type, date_limite) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (rapport_id) do update set date_limite = excluded.date_limite,
                    contact_email = excluded.contact_email""")) {
            ps.setObject(1, e.rapportId());
            ps.setObject(2, e.candidatureId());
            ps.setString(3, e.numero());
            ps.setString(4, e.porteurSub());
            ps.setString(5, e.contactEmail());
            ps.setObject(6, e.conventionId());
            ps.setString(7, e.type());
            ps.setObject(8, e.dateLimite(), Types.DATE);
            ps.executeUpdate();
        }
    }

    private void rapportApprouve(Connection c, RapportApprouve e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update rapport_attendu set approuve = true where rapport_id = ?")) {
            ps.setObject(1, e.rapportId());
            ps.executeUpdate();
        }
    }
}
