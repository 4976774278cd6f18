package fr.gouv.ptce.financement.it;

import fr.gouv.ptce.commons.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the tamper-evident journal of one object as an outside observer. */
final class JournalAuditLignes {

    private JournalAuditLignes() {
    }

    /** "ACTION avant -> apres" per entry of the object, in chain order. */
    static List<String> lignes(String type, String id) {
        try (Connection c = TestDatabase.connect("financement"); PreparedStatement ps = c.prepareStatement("""
                select action, donnees->>'avant', donnees->>'apres' from journal_audit
                where type_agregat = ? and id_agregat = ? order by sequence""")) {
            ps.setString(1, type);
            ps.setString(2, id);
            List<String> lignes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lignes.add(rs.getString(1) + " " + rs.getString(2) + " -> " + rs.getString(3));
                }
            }
            return lignes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> actions(String type, String id) {
        return lignes(type, id).stream().map(l -> l.split(" ")[0]).toList();
    }
}
