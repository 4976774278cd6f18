package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the audit journal of a file as an outside observer: "ACTION decision montantCentimes acteur". */
final class JournalAuditDecisions {

    private JournalAuditDecisions() {
    }

    static List<String> entrees(UUID candidatureId) {
        try (Connection c = TestDatabase.connect("evaluation"); PreparedStatement ps = c.prepareStatement("""
                select action, coalesce(donnees->>'decision', '-'),
                       case when donnees->>'decision' is null then '-' else coalesce(donnees->>'montantCentimes', 'null') end,
                       acteur
                from journal_audit where type_agregat = 'candidature' and id_agregat = ? order by sequence""")) {
            ps.setString(1, candidatureId.toString());
            List<String> lignes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lignes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return lignes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
