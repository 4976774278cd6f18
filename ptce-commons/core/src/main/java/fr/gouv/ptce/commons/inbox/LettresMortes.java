package fr.gouv.ptce.commons.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import fr.gouv.ptce.commons.page.Curseur;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead letters of this service, in its own database ({@code ptce_lettre_morte}, migration
 * {@code db/ptce-commons/V0_4}). The inbox writes one when it sets a message aside, and updates it
 * when a replay fails again or succeeds; the admin resource reads them.
 */
@ApplicationScoped
public class LettresMortes {

    /** A stored letter with what a replay needs to rebuild the message as it came. */
    record Stockee(LettreMorte vue, String canal, Integer partition, Long position, Map<String, String> entetes) {
    }

    /** Longest reason kept: a reason is a sentence, not a dump. */
    static final int ERREUR_MAX = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLONNES = """
            id, consommateur, evenement_id, fait, canal, topic, partition_kafka, position_kafka, cle, entetes, charge,
            erreur, tentatives, premier_echec, dernier_echec, statut, rejouee_le, rejouee_par""";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /**
     * Keeps {@code message}, set aside by {@code consommateur} after {@code tentatives} attempts, in
     * a transaction of its own (the handler's has been rolled back). The same event set aside again
     * (a redelivery) adds to its letter, which waits again.
     */
    void enregistrer(String consommateur, Message<?> message, String erreur, int tentatives) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        Map<String, String> entetes = new LinkedHashMap<>();
        kafka.ifPresent(m -> {
            for (Header h : m.getHeaders()) {
                entetes.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
        });
        String evenementId = vide(entetes.get(CloudEventHeaders.ID));
        String fait = EventTypes.factOf(entetes.get(CloudEventHeaders.TYPE));
        Object payload = message.getPayload();
        String charge = payload == null ? null
                : payload instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : payload.toString();
        Instant maintenant = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> executer("""
                insert into ptce_lettre_morte (""" + COLONNES + """
                ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EN_ATTENTE', null, null)
                on conflict (consommateur, evenement_id) where evenement_id is not null do update
                   set erreur = excluded.erreur, tentatives = ptce_lettre_morte.tentatives + excluded.tentatives,
                       dernier_echec = excluded.dernier_echec, statut = 'EN_ATTENTE'""", ps -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, consommateur);
            ps.setString(3, evenementId);
            ps.setString(4, fait);
            ps.setString(5, kafka.map(IncomingKafkaRecordMetadata::getChannel).orElse(null));
            ps.setString(6, kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(null));
            if (kafka.isPresent()) {
                ps.setInt(7, kafka.get().getPartition());
                ps.setLong(8, kafka.get().getOffset());
            } else {
                ps.setNull(7, Types.INTEGER);
                ps.setNull(8, Types.BIGINT);
            }
            ps.setString(9, kafka.map(m -> m.getKey() == null ? null : m.getKey().toString()).orElse(null));
            ps.setString(10, ecrire(entetes));
            ps.setString(11, charge);
            ps.setString(12, borner(erreur));
            ps.setInt(13, tentatives);
            ps.setTimestamp(14, Timestamp.from(maintenant));
            ps.setTimestamp(15, Timestamp.from(maintenant));
        }));
        registry.counter("ptce_lettres_mortes", "consumer", consommateur, "type", fait == null ? "illisible" : fait)
                .increment();
    }

    /**
     * Inside the replay's transaction, before its effect: locks the letter so that two replays
     * (two administrators, two replicas) run one after the other. False when it is replayed already.
     */
    boolean reserver(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select statut from ptce_lettre_morte where id = ? for update")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && StatutLettreMorte.EN_ATTENTE.name().equals(rs.getString(1));
            }
        }
    }

    /** In the replay's transaction, with its effect: the letter is dealt with. */
    void marquerRejouee(Rejeu rejeu) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     update ptce_lettre_morte set statut = 'REJOUEE', rejouee_le = ?, rejouee_par = ?
                      where id = ? and statut = 'EN_ATTENTE'""")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, rejeu.acteur());
            ps.setObject(3, rejeu.lettre());
            ps.executeUpdate();
        }
        registry.counter("ptce_lettres_mortes_rejouees").increment();
    }

    /** A replay that failed again: its attempts and reason are added to the letter, which still waits. */
    void noterEchec(Rejeu rejeu, String erreur, int tentatives) {
        QuarkusTransaction.requiringNew().run(() -> executer("""
                update ptce_lettre_morte set erreur = ?, tentatives = tentatives + ?, dernier_echec = ?
                 where id = ? and statut = 'EN_ATTENTE'""", ps -> {
            ps.setString(1, borner(erreur));
            ps.setInt(2, tentatives);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setObject(4, rejeu.lettre());
        }));
    }

    Optional<Stockee> trouver(UUID id) {
        List<Stockee> lues = lire("select " + COLONNES + " from ptce_lettre_morte where id = ?", ps -> ps.setObject(1, id));
        return lues.stream().findFirst();
    }

    /** A page in the order they were first set aside, from after {@code apres}; {@code statut} null for all. */
    List<LettreMorte> lister(StatutLettreMorte statut, Curseur.Position apres, int nombre) {
        String sql = "select " + COLONNES + " from ptce_lettre_morte where (cast(? as varchar) is null or statut = ?)"
                + (apres == null ? "" : " and (premier_echec, id) > (?, ?)") + " order by premier_echec, id limit ?";
        return lire(sql, ps -> {
            int i = 1;
            String s = statut == null ? null : statut.name();
            ps.setString(i++, s);
            ps.setString(i++, s);
            if (apres != null) {
                ps.setTimestamp(i++, Timestamp.from(apres.instant()));
                ps.setObject(i++, apres.id());
            }
            ps.setInt(i, nombre);
        }).stream().map(Stockee::vue).toList();
    }

    @FunctionalInterface
    private interface Parametres {
        void appliquer(PreparedStatement ps) throws SQLException;
    }

    private void executer(String sql, Parametres parametres) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            parametres.appliquer(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("lettre morte non enregistrée : " + e.getMessage(), e);
        }
    }

    private List<Stockee> lire(String sql, Parametres parametres) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            parametres.appliquer(ps);
            List<Stockee> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(lire(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("lecture des lettres mortes : " + e.getMessage(), e);
        }
    }

    private static Stockee lire(ResultSet rs) throws SQLException {
        LettreMorte vue = new LettreMorte(rs.getObject("id", UUID.class), rs.getString("consommateur"),
                rs.getString("evenement_id"), rs.getString("fait"), rs.getString("topic"), rs.getString("cle"),
                rs.getString("charge"), rs.getString("erreur"), rs.getInt("tentatives"),
                instant(rs, "premier_echec"), instant(rs, "dernier_echec"),
                StatutLettreMorte.valueOf(rs.getString("statut")), instant(rs, "rejouee_le"), rs.getString("rejouee_par"));
        int partition = rs.getInt("partition_kafka");
        Integer p = rs.wasNull() ? null : partition;
        long position = rs.getLong("position_kafka");
        Long o = rs.wasNull() ? null : position;
        return new Stockee(vue, rs.getString("canal"), p, o, lireEntetes(rs.getString("entetes")));
    }

    private static Instant instant(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    private static String ecrire(Map<String, String> entetes) {
        try {
            return JSON.writeValueAsString(entetes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> lireEntetes(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("en-têtes de lettre morte illisibles", e);
        }
    }

    private static String borner(String erreur) {
        String e = erreur == null || erreur.isBlank() ? "échec sans message" : erreur;
        return e.length() <= ERREUR_MAX ? e : e.substring(0, ERREUR_MAX - 1) + "…";
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
