package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import org.awaitility.Awaitility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Catalogue examples made unique for one test, sent through the real broker; what the service stored. */
final class Evenements {

    static final String BASE = "notification";

    static final Map<String, String> TOPIC = Map.ofEntries(
            Map.entry("campagne.publiee", "ptce.campagnes"),
            Map.entry("candidature.deposee", "ptce.candidatures"),
            Map.entry("candidature.redeposee", "ptce.candidatures"),
            Map.entry("candidature.retiree", "ptce.candidatures"),
            Map.entry("instruction.demarree", "ptce.instructions"),
            Map.entry("corrections.demandees", "ptce.instructions"),
            Map.entry("candidature.irrecevable", "ptce.instructions"),
            Map.entry("candidature.recevable", "ptce.instructions"),
            Map.entry("evaluateur.affecte", "ptce.instructions"),
            Map.entry("decision.rendue", "ptce.decisions"),
            Map.entry("laureat.phase1.designe", "ptce.decisions"),
            Map.entry("laureat.phase2.selectionne", "ptce.decisions"),
            Map.entry("laureat.phase2.desiste", "ptce.decisions"),
            Map.entry("convention.creee", "ptce.financements"),
            Map.entry("convention.signee", "ptce.financements"),
            Map.entry("echeance.exigible", "ptce.financements"),
            Map.entry("echeance.payee", "ptce.financements"),
            Map.entry("rapport.attendu", "ptce.financements"),
            Map.entry("rapport.approuve", "ptce.financements"),
            Map.entry("rapport.rejete", "ptce.financements"),
            Map.entry("inscription.session.enregistree", "ptce.candidatures"),
            Map.entry("inscription.session.promue", "ptce.candidatures"),
            Map.entry("inscription.session.annulee", "ptce.candidatures"),
            Map.entry("convention.resiliee", "ptce.financements"),
            Map.entry("reversement.demande", "ptce.financements"),
            Map.entry("reversement.titre.emis", "ptce.financements"),
            Map.entry("reversement.recouvre", "ptce.financements"),
            Map.entry("reversement.annule", "ptce.financements"));

    private Evenements() {
    }

    /** The catalogue example of {@code fact} for a new file: its own candidature, porteur and address. */
    static ObjectNode exemple(String fact, String candidatureId, String porteurSub, String email) {
        ObjectNode d = EventCatalogue.example(fact).deepCopy();
        if (d.has("candidatureId")) {
            d.put("candidatureId", candidatureId);
        }
        if (d.has("contactEmail")) { // about a file, or a registration to a session: whom to tell
            d.put("porteurSub", porteurSub);
            d.put("contactEmail", email);
        }
        if (d.has("evaluateurEmail")) { // an evaluator assigned: the agent is told, not the porteur
            d.put("evaluateurEmail", email);
        }
        if (!EventCatalogue.problems(fact, d).isEmpty()) {
            throw new IllegalStateException("exemple devenu invalide : " + EventCatalogue.problems(fact, d));
        }
        return d;
    }

    static String envoyer(String fact, String cle, String eventId, Object donnees) {
        return KafkaTestClient.send(TOPIC.get(fact), cle, fact, eventId, donnees);
    }

    static String envoyer(String fact, String cle, Object donnees) {
        return envoyer(fact, cle, UUID.randomUUID().toString(), donnees);
    }

    static void attendreTraite(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> traite(eventId));
    }

    static boolean traite(String eventId) throws SQLException {
        try (Connection c = TestDatabase.connect(BASE);
             PreparedStatement ps = c.prepareStatement(
                     "select 1 from ptce_processed_event where consumer = 'notification-service' and event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The notification rows caused by an event: status of each. */
    static List<String> statutsPour(String colonne, String valeur) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(BASE);
             PreparedStatement ps = c.prepareStatement(
                     "select statut from notification where " + colonne + " = ? order by creee_le")) {
            ps.setString(1, valeur);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
