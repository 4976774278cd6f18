package fr.gouv.ptce.benchmarks;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads N applications straight into candidature-service's tables with COPY (the API would take
 * hours for a million). One real application made through the API in the same campaign is the
 * template, so that JSON columns have exactly the service's format. Idempotent: a campaign coded
 * BENCH-R&lt;N&gt; that already holds N rows is reused as is; a partial load is completed.
 */
public final class BulkCandidatures {

    /** What the read scenarios need from the loaded data. */
    public record Loaded(String campagneId, int rows, double loadSeconds, boolean reused) {
    }

    private static final String[] STATUTS = {"DEPOSEE", "EN_INSTRUCTION", "ACCEPTEE", "REFUSEE"};

    private final Settings s;
    private final Api api;

    public BulkCandidatures(Settings s) {
        this.s = s;
        this.api = new Api(s);
    }

    public Loaded load(String adminToken, String templateOwnerToken, List<Keycloak.User> owners) {
        String code = "BENCH-R" + s.rows();
        try (Connection c = Db.open(s, "candidature")) {
            String campagneId = Db.campagneParCode(c, code);
            if (campagneId == null) {
                campagneId = api.campagnePubliee(adminToken, code, "PHASE_1");
                String template = api.brouillonComplet(templateOwnerToken, campagneId);
                api.deposer(templateOwnerToken, template);
            }
            long have = Db.lignesDeLaCampagne(c, "candidature", campagneId);
            if (have >= s.rows()) {
                Report.log("  données déjà chargées: " + have + " candidatures dans " + code + " (chargement sauté)");
                return new Loaded(campagneId, (int) have, 0, true);
            }
            long start = System.nanoTime();
            copy(c, campagneId, (int) have, s.rows(), owners);
            double seconds = (System.nanoTime() - start) / 1e9;
            Report.log(String.format("  %d candidatures chargées par COPY en %.1f s", s.rows() - have, seconds));
            return new Loaded(campagneId, s.rows(), seconds, false);
        } catch (SQLException | IOException e) {
            throw new BenchException("chargement des candidatures impossible: " + e.getMessage(), e);
        }
    }

    private void copy(Connection c, String campagneId, int from, int to, List<Keycloak.User> owners)
            throws SQLException, IOException {
        Map<String, String> template = template(c, campagneId);
        Map<String, String> regions = regions();
        c.setAutoCommit(false);
        // A million rows through 8 live indexes (one of them trigram GIN) takes far longer than
        // building the indexes once afterwards. The secondary indexes are dropped and re-created from
        // their own definitions (pg_indexes) in the same transaction: a failure rolls everything back.
        List<String> rebuild = (to - from) >= 100_000 ? dropSecondaryIndexes(c) : List.of();
        CopyIn candidatures = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                "COPY candidature (id, numero, campagne_id, porteur_sub, statut, siret, raison_sociale, forme_juridique,"
                        + " adresse, code_commune, departement, region, territoire, membres, projet_titre, projet_description,"
                        + " projet_secteurs, projet_emplois_vises, projet_budget_centimes, contact_nom, contact_email,"
                        + " recherche, creee_le, modifiee_le, deposee_le, version) FROM STDIN");
        // One fictitious past edition per size (2014 for 10,000 rows, 2016 for a million): numbers never collide.
        int annee = 2010 + (int) Math.log10(s.rows());
        Instant base = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder historique = new StringBuilder(64 * 1024);
        List<UUID> ids = new java.util.ArrayList<>(to - from);
        StringBuilder line = new StringBuilder(1024);
        for (int i = from; i < to; i++) {
            UUID id = new UUID(0xBE4C_0000_0000_0000L | s.rows(), i); // deterministic: reruns find the same ids
            ids.add(id);
            String siret = siret(i);
            String commune = Api.COMMUNES.get(i % Api.COMMUNES.size());
            String dep = commune.substring(0, 2);
            String numero = String.format("PTCE-%d-P1-%07d", annee, i + 1);
            String statut = STATUTS[i % STATUTS.length];
            Keycloak.User owner = owners.get(i % owners.size());
            String quand = base.plusSeconds(i * 30L).toString();
            String raison = "Pôle coopératif " + siret.substring(7);
            line.setLength(0);
            line.append(id).append('\t').append(numero).append('\t').append(campagneId).append('\t')
                    .append(owner.sub()).append('\t').append(statut).append('\t').append(siret).append('\t')
                    .append(raison).append('\t').append("9220").append('\t')
                    .append("12 rue des Tanneurs").append('\t').append(commune).append('\t').append(dep).append('\t')
                    .append(regions.getOrDefault(dep, "Bretagne")).append('\t').append("Bassin de vie").append('\t')
                    .append(esc(template.get("membres"))).append('\t').append("Filière locale").append('\t')
                    .append("Structurer une filière locale entre ESS et entreprises.").append('\t')
                    .append(esc(template.get("projet_secteurs"))).append('\t').append(12).append('\t')
                    .append(25_000_000L).append('\t').append("Claire Durand").append('\t')
                    .append("contact-").append(siret).append("@bench.ptce.fr").append('\t')
                    .append((numero + " " + siret + " " + raison + " filière locale bassin de vie").toLowerCase())
                    .append('\t').append(quand).append('\t').append(quand).append('\t').append(quand).append('\t')
                    .append(1).append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            candidatures.writeToCopy(bytes, 0, bytes.length);
        }
        candidatures.endCopy();
        CopyIn h = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                "COPY historique_statut (candidature_id, ancien_statut, nouveau_statut, acteur, instant) FROM STDIN");
        for (int k = 0; k < ids.size(); k++) {
            historique.setLength(0);
            int i = from + k;
            historique.append(ids.get(k)).append("\tBROUILLON\tDEPOSEE\t").append(owners.get(i % owners.size()).sub())
                    .append('\t').append(base.plusSeconds(i * 30L)).append('\n');
            byte[] bytes = historique.toString().getBytes(StandardCharsets.UTF_8);
            h.writeToCopy(bytes, 0, bytes.length);
        }
        h.endCopy();
        try (var st = c.createStatement()) {
            for (String ddl : rebuild) {
                st.execute(ddl);
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (var st = c.createStatement()) {
            st.execute("analyze candidature");
            st.execute("analyze historique_statut");
        }
    }

    /** Drops the non-constraint indexes of candidature; returns the statements that re-create them. */
    private static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        List<String> ddl = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select i.indexname, i.indexdef from pg_indexes i "
                + "where i.schemaname = current_schema() and i.tablename = 'candidature' and not exists "
                + "(select 1 from pg_constraint k where k.conname = i.indexname)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                ddl.add(rs.getString(2));
            }
        }
        try (var st = c.createStatement()) {
            st.execute("set local maintenance_work_mem = '256MB'");
            for (String name : names) {
                st.execute("drop index \"" + name + "\"");
            }
        }
        return ddl;
    }

    /** SIRETs 9xxxxxxxxxxxx(k): unique per row, valid Luhn key, never drawn by the random ones (1–8…). */
    static String siret(int i) {
        String digits = String.format("9%012d", i);
        int[] d = new int[14];
        for (int k = 0; k < 13; k++) {
            d[k] = digits.charAt(k) - '0';
        }
        return Api.luhnComplete(d);
    }

    private static String esc(String v) {
        return v == null ? "\\N" : v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static Map<String, String> template(Connection c, String campagneId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select membres, projet_secteurs from candidature "
                + "where campagne_id = ?::uuid order by seq limit 1")) {
            ps.setString(1, campagneId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new BenchException("candidature modèle absente de la campagne " + campagneId);
                }
                Map<String, String> m = new HashMap<>();
                m.put("membres", rs.getString(1));
                m.put("projet_secteurs", rs.getString(2));
                return m;
            }
        }
    }

    /** Département code → région, from candidature-service's own reference file. */
    private Map<String, String> regions() throws IOException {
        Map<String, String> m = new HashMap<>();
        Path file = s.root().resolve("candidature-service/src/main/resources/referentiels/departements.csv");
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = l.split(";");
            if (p.length == 3 && !l.startsWith("#") && !l.startsWith("code")) {
                m.put(p[0], p[2]);
            }
        }
        return m;
    }
}
