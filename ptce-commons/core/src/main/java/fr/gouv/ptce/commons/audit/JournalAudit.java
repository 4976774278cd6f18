package fr.gouv.ptce.commons.audit;

import fr.gouv.ptce.commons.verrous.VerrouConsultatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The service's tamper-evident audit journal. {@link #ajouter} writes an entry in the caller's
 * transaction, next to the effect it records: both commit or neither does.
 */
@ApplicationScoped
public class JournalAudit {


    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Appends an entry. {@code donnees} (a record or a Map) is stored as JSON with sorted keys; put
     * amounts in integer cents ({@code ...Centimes}). Appends of the service are serialised until
     * the caller commits (transaction-scoped advisory lock), so the chain stays one line.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EntreeJournal ajouter(String acteur, String action, String typeAgregat, Object idAgregat, Object donnees) {
        String json = canonique(donnees);
        Instant instant = Empreintes.instantStocke(clock.instant());
        String acteurOuSysteme = acteur == null || acteur.isBlank() ? "systeme" : acteur;
        String id = String.valueOf(idAgregat);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, VerrouConsultatif.JOURNAL_AUDIT.classe());
                lock.setInt(2, VerrouConsultatif.JOURNAL_AUDIT.objet());
                lock.execute();
            }
            long sequence = 1;
            String precedente = Empreintes.GENESE;
            try (PreparedStatement ps = c.prepareStatement(
                    "select sequence, empreinte from journal_audit order by sequence desc limit 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    sequence = rs.getLong(1) + 1;
                    precedente = rs.getString(2);
                }
            }
            String empreinte = Empreintes.de(sequence, instant, acteurOuSysteme, action, typeAgregat, id, json,
                    precedente);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into journal_audit (sequence, instant, acteur, action, type_agregat, id_agregat, donnees,
                                               empreinte_precedente, empreinte)
                    values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)""")) {
                ps.setLong(1, sequence);
                ps.setObject(2, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                ps.setString(3, acteurOuSysteme);
                ps.setString(4, action);
                ps.setString(5, typeAgregat);
                ps.setString(6, id);
                ps.setString(7, json);
                ps.setString(8, precedente);
                ps.setString(9, empreinte);
                ps.executeUpdate();
            }
            return new EntreeJournal(sequence, instant, acteurOuSysteme, action, typeAgregat, id, json, precedente,
                    empreinte);
        } catch (SQLException e) {
            throw new IllegalStateException("Écriture dans le journal d'audit impossible", e);
        }
    }

    /** Entries after {@code apresSequence} (0 = from the start), in sequence order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntreeJournal> lire(long apresSequence, int limite) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECTION + " where sequence > ? order by sequence limit ?")) {
            ps.setLong(1, apresSequence);
            ps.setInt(2, limite);
            List<EntreeJournal> entrees = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entrees.add(lireLigne(rs));
                }
            }
            return entrees;
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du journal d'audit impossible", e);
        }
    }

    /** Walks the whole chain in one statement (one snapshot) and stops at the first break. */
    @Transactional
    public Verification verifier() {
        Chaine chaine = new Chaine();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECTION + " order by sequence")) {
            ps.setFetchSize(500); // streamed: the journal may be long
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Chaine.Rupture> rupture = chaine.examiner(lireLigne(rs));
                    if (rupture.isPresent()) {
                        return new Verification(false, chaine.verifiees(), rupture.get(), chaine.derniereEmpreinte());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du journal d'audit impossible", e);
        }
        return new Verification(true, chaine.verifiees(), null, chaine.derniereEmpreinte());
    }

    /** The outcome of a walk: {@code rupture} is null when the chain is intact. */
    public record Verification(boolean intact, long entreesVerifiees, Chaine.Rupture rupture, String derniereEmpreinte) {
    }

    private static final String SELECTION = """
            select sequence, instant, acteur, action, type_agregat, id_agregat, donnees::text,
                   empreinte_precedente, empreinte
            from journal_audit""";

    private static EntreeJournal lireLigne(ResultSet rs) throws SQLException {
        return new EntreeJournal(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** JSON with object keys sorted at every level: the same data always gives the same text. */
    String canonique(Object donnees) {
        JsonNode arbre = donnees == null ? mapper.createObjectNode() : mapper.valueToTree(donnees);
        try {
            return mapper.writeValueAsString(trie(arbre));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Données du journal d'audit non sérialisables", e);
        }
    }

    private JsonNode trie(JsonNode noeud) {
        if (noeud.isObject()) {
            TreeMap<String, JsonNode> tries = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = noeud.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> champ = it.next();
                tries.put(champ.getKey(), trie(champ.getValue()));
            }
            ObjectNode resultat = mapper.createObjectNode();
            tries.forEach(resultat::set);
            return resultat;
        }
        if (noeud.isArray()) {
            var resultat = mapper.createArrayNode();
            noeud.forEach(element -> resultat.add(trie(element)));
            return resultat;
        }
        return noeud;
    }
}
