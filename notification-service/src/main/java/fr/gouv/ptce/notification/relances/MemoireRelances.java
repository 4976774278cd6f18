package fr.gouv.ptce.notification.relances;

import fr.gouv.ptce.commons.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps from the events what the reminders need, since no service is called to ask: campaign
 * closing instants, phase-2-eligible structures (phase-1 lauréats), phase-2 submissions, reports due.
 */
@ApplicationScoped
public class MemoireRelances {

    @Inject
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public void memoriser(IncomingEvent e) {
        try (Connection c = dataSource.getConnection()) {
            switch (e.fact()) {
                case "campagne.publiee" -> campagne(c, e);
                case "laureat.phase1.designe" -> eligible(c, e);
                case "candidature.deposee", "candidature.redeposee" -> depot(c, e);
                case "candidature.retiree" -> retrait(c, e);
                case "rapport.attendu" -> rapportAttendu(c, e);
                case "rapport.approuve" -> rapportApprouve(c, e);
                default -> {
                    // nothing to remember for the reminders
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("données de relance impossibles à enregistrer", ex);
        }
    }

    private void campagne(Connection c, IncomingEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into campagne (campagne_id, code, libelle, phase, cloture) values (?, ?, ?, ?, ?)
                on conflict (campagne_id) do update set code = excluded.code, libelle = excluded.libelle,
                    phase = excluded.phase, cloture = excluded.cloture""")) {
            ps.setObject(1, UUID.fromString(e.text("campagneId")));
            ps.setString(2, e.text("code"));
            ps.setString(3, e.text("libelle"));
            ps.setString(4, e.text("phase"));
            ps.setTimestamp(5, Timestamp.from(Instant.parse(e.text("cloture"))));
            ps.executeUpdate();
        }
    }

    private void eligible(Connection c, IncomingEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into structure_eligible (siret, raison_sociale, contact_email, porteur_sub, candidature_id, numero)
                values (?, ?, ?, ?, ?, ?)
                on conflict (siret) do update set raison_sociale = excluded.raison_sociale,
                    contact_email = excluded.contact_email, porteur_sub = excluded.porteur_sub,
                    candidature_id = excluded.candidature_id, numero = excluded.numero""")) {
            ps.setString(1, e.text("siret"));
            ps.setString(2, e.text("raisonSociale"));
            ps.setString(3, e.text("contactEmail"));
            ps.setString(4, e.text("porteurSub"));
            ps.setObject(5, UUID.fromString(e.text("candidatureId")));
            ps.setString(6, e.text("numero"));
            ps.executeUpdate();
        }
    }

    private void depot(Connection c, IncomingEvent e) throws SQLException {
        if (!"PHASE_2".equals(e.text("phase"))) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into depot_phase2 (campagne_id, siret) values (?, ?) on conflict do nothing")) {
            ps.setObject(1, UUID.fromString(e.text("campagneId")));
            ps.setString(2, e.data().path("structure").path("siret").asText());
            ps.executeUpdate();
        }
    }

    /** A withdrawn phase-2 file no longer counts as submitted: the structure may be reminded again. */
    private void retrait(Connection c, IncomingEvent e) throws SQLException {
        if (!"PHASE_2".equals(e.text("phase"))) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from depot_phase2 where campagne_id = ? and siret = ?")) {
            ps.setObject(1, UUID.fromString(e.text("campagneId")));
            ps.setString(2, e.text("siret"));
            ps.executeUpdate();
        }
    }

    private void rapportAttendu(Connection c, IncomingEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into rapport_attendu (rapport_id, candidature_id, numero, porteur_sub, contact_email,
                    convention_id, type, date_limite) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (rapport_id) do update set date_limite = excluded.date_limite,
                    contact_email = excluded.contact_email""")) {
            ps.setObject(1, UUID.fromString(e.text("rapportId")));
            ps.setObject(2, UUID.fromString(e.text("candidatureId")));
            ps.setString(3, e.text("numero"));
            ps.setString(4, e.text("porteurSub"));
            ps.setString(5, e.text("contactEmail"));
            ps.setObject(6, UUID.fromString(e.text("conventionId")));
            ps.setString(7, e.text("type"));
            ps.setObject(8, LocalDate.parse(e.text("dateLimite")), Types.DATE);
            ps.executeUpdate();
        }
    }

    private void rapportApprouve(Connection c, IncomingEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update rapport_attendu set approuve = true where rapport_id = ?")) {
            ps.setObject(1, UUID.fromString(e.text("rapportId")));
            ps.executeUpdate();
        }
    }
}
