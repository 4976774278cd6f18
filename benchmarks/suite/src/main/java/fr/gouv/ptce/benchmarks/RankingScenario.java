package fr.gouv.ptce.benchmarks;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Scenario 4 — the phase-2 committee: GET /campagnes/{id}/classement of a campaign holding N files
 * with 3 submitted evaluations each, bulk-loaded into evaluation-service's tables (the campaign
 * itself is published through the API and arrives by its event, as in production). Reference: the
 * two reads the ranking needs, by raw JDBC. Idempotent: a loaded campaign is reused.
 */
public final class RankingScenario {

    private RankingScenario() {
    }

    public static void run(Context ctx) throws Exception {
        Settings s = ctx.s();
        Report r = ctx.report();
        int n = s.classementDossiers();
        String code = "BENCH-CLASSEMENT-" + n;
        String campagne;
        try (Connection c = Db.open(s, "evaluation")) {
            campagne = Db.campagneParCode(c, code);
            if (campagne == null) {
                campagne = ctx.api().campagnePubliee(ctx.admin().token(), code, "PHASE_2");
                waitFor(c, campagne);
            }
            if (Db.lignesDeLaCampagne(c, "instruction", campagne) < n) {
                long t0 = System.nanoTime();
                load(c, campagne, code, n);
                r.detail("ranking.loadSeconds", Latencies.round((System.nanoTime() - t0) / 1e9));
            }
        }
        r.loadAverage("ranking: loaded");
        String path = "/api/v1/campagnes/" + campagne + "/classement";
        Http.get(ctx.evaluationUrl() + path, ctx.comite().token()).expect(200); // warm-up, and a check it works
        GatlingRun.Result res = ReadsScenario.lecture(ctx, "ranking-" + n, ctx.evaluationUrl(),
                Feeds.requests(s, "ranking", List.of(new Feeds.Line(path, ctx.comite().token()))), 1,
                Long.toString(s.quick() ? 10 : 30));
        final String id = campagne;
        JdbcLoop.Result sql = JdbcLoop.run(s, "evaluation", List.of(
                        "select * from instruction where campagne_id = ?::uuid",
                        "select a.* from affectation a join instruction i on i.candidature_id = a.candidature_id "
                                + "where i.campagne_id = ?::uuid and a.statut = 'SOUMISE'"),
                (ps, i) -> ps.setString(1, id), 1, java.time.Duration.ofSeconds(s.quick() ? 5 : 10));
        r.detail("ranking.sql", sql.toMap());
        r.figure("4 ranking", "ranking of " + n + " files × 3 evaluations — p99", "ms", res.all().p99(),
                sql.latencies().percentileMs(99), "raw JDBC, the two reads it needs", "< 500 ms", res.all().p99() < 500);
        r.figure("4 ranking", "ranking of " + n + " files × 3 evaluations — p50", "ms", res.all().p50(),
                sql.latencies().percentileMs(50), "raw JDBC, the two reads it needs", "< 500 ms", res.all().p50() < 500);
        r.loadAverage("ranking: done");
    }

    private static void load(Connection c, String campagne, String code, int n) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement del = c.prepareStatement("delete from affectation_note where affectation_id in (select a.id from affectation a "
                + "join instruction i on i.candidature_id = a.candidature_id where i.campagne_id = ?::uuid)")) {
            del.setString(1, campagne);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("delete from affectation where candidature_id in (select candidature_id from instruction where campagne_id = ?::uuid)");
             PreparedStatement del2 = c.prepareStatement("delete from instruction where campagne_id = ?::uuid")) {
            del.setString(1, campagne);
            del.executeUpdate();
            del2.setString(1, campagne);
            del2.executeUpdate();
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        Random random = new Random(7);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        CopyIn ins = pg.getCopyAPI().copyIn("COPY instruction (candidature_id, numero, campagne_id, campagne_code, phase, statut,"
                + " porteur_sub, contact_email, siret, raison_sociale, code_commune, departement, region, contact_nom, secteurs,"
                + " snapshot, deposee_le, recue_le, modifiee_le) FROM STDIN");
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UUID.randomUUID();
            String siret = BulkCandidatures.siret(500_000_000 + i);
            String line = ids[i] + "\tPTCE-2013-P2-" + String.format("%05d", i + 1) + "\t" + campagne + "\t" + code
                    + "\tPHASE_2\tRECEVABLE\tbench-sub-" + (i % 200) + "\tcontact-" + siret + "@bench.ptce.fr\t" + siret
                    + "\tPôle coopératif " + siret.substring(7) + "\t35238\t35\tBretagne\tClaire Durand\t[\"BOIS\"]\t{}\t"
                    + Instant.parse(now).minusSeconds(n - i) + "\t" + now + "\t" + now + "\n";
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            ins.writeToCopy(b, 0, b.length);
        }
        ins.endCopy();
        CopyIn aff = pg.getCopyAPI().copyIn("COPY affectation (id, candidature_id, evaluateur_sub, evaluateur_nom, statut, affectee_par,"
                + " affectee_le, conflit, declaree_le, avis, modifiee_le, soumise_le, total) FROM STDIN");
        StringBuilder notes = new StringBuilder();
        UUID[][] affIds = new UUID[n][3];
        for (int i = 0; i < n; i++) {
            double base = 1 + random.nextDouble() * 3.5;
            for (int e = 0; e < 3; e++) {
                affIds[i][e] = UUID.randomUUID();
                double total = Math.min(5, Math.max(0, base + (random.nextDouble() - 0.5)));
                String line = affIds[i][e] + "\t" + ids[i] + "\tbench-evaluateur-" + e + "\tÉvaluateur " + e + "\tSOUMISE\tbench"
                        + "\t" + now + "\tf\t" + now + "\tFavorable\t" + now + "\t" + now + "\t" + String.format(java.util.Locale.ROOT, "%.6f", total) + "\n";
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                aff.writeToCopy(b, 0, b.length);
            }
        }
        aff.endCopy();
        CopyIn no = pg.getCopyAPI().copyIn("COPY affectation_note (affectation_id, critere, note, commentaire) FROM STDIN");
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < 3; e++) {
                for (String critere : new String[] {"ANCRAGE", "MODELE", "IMPACT"}) {
                    String line = affIds[i][e] + "\t" + critere + "\t" + (random.nextInt(11) / 2.0) + "\tAppréciation " + critere + "\n";
                    byte[] b = line.getBytes(StandardCharsets.UTF_8);
                    no.writeToCopy(b, 0, b.length);
                }
            }
        }
        no.endCopy();
        c.commit();
        c.setAutoCommit(true);
        try (var st = c.createStatement()) {
            st.execute("analyze instruction");
            st.execute("analyze affectation");
        }
    }

    /** The campaign reaches evaluation-service by campagne.publiee: wait for it (30 s at most). */
    private static void waitFor(Connection c, String campagne) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        try (PreparedStatement ps = c.prepareStatement("select 1 from campagne where id = ?::uuid")) {
            ps.setString(1, campagne);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new BenchException("la campagne " + campagne + " n'est pas arrivée dans evaluation-service en 30 s");
    }

}
