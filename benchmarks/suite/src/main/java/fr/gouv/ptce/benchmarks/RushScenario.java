package fr.gouv.ptce.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenario 1 — submission rush: stages of rising offered rate (open model), each a full
 * submission (draft, content, two PDFs, depot). A stage is held when p99 over its requests stays
 * ≤ 100 ms with < 1 % errors; the rush stops at the first stage that is not. After each stage, the
 * consumers' catch-up: last instant evaluation (instruction.recue_le) and notification
 * (notification.creee_le) recorded a file of the campaign, minus the last depot (deposee_le).
 */
public final class RushScenario {

    private RushScenario() {
    }

    public static void run(Context ctx) throws Exception {
        Settings s = ctx.s();
        Report r = ctx.report();
        String campagne = ctx.api().campagnePubliee(ctx.admin().token(), "BENCH-RUSH-" + System.currentTimeMillis(), "PHASE_1");
        String porteurs = Feeds.porteurs(s, ctx.porteurs()).toString();
        List<Map<String, Object>> levels = new ArrayList<>();
        int held = 0;
        Map<String, Object> heldLevel = null;
        Map<String, Object> last = null;
        for (int rate : s.rushRates()) {
            String label = "rush-" + rate + "-per-s";
            Report.log("[rush] " + rate + " dépôts/s pendant " + s.stage().toSeconds() + " s");
            CpuTime cpu = CpuTime.start(s);
            GatlingRun.Result res = GatlingRun.run(s, "fr.gouv.ptce.benchmarks.simulations.SoumissionSimulation", label, Map.of(
                    "bench.baseUrl", ctx.candidatureUrl(), "bench.campagneId", campagne, "bench.rate", Integer.toString(rate),
                    "bench.seconds", Long.toString(s.stage().toSeconds()), "bench.porteursCsv", porteurs), s.stage().toSeconds());
            Map<String, Double> cpuMs = cpu.elapsed();
            double wall = cpu.wallSeconds();
            r.gatling(res);
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("rate", rate);
            // Worst p99 of the five calls (Gatling keeps percentiles per call): the stage's p99 is at most this.
            level.put("p99Ms", res.all().p99());
            level.put("p50Ms", res.all().p50());
            level.put("koRatio", Latencies.round(res.all().koRatio() * 100) / 100);
            level.put("reqPerSec", Latencies.round(res.all().rps()));
            GatlingRun.Stats depot = res.requests().get("5 depot");
            level.put("depotP99Ms", depot == null ? null : depot.p99());
            Map<String, Object> parAppel = new LinkedHashMap<>();
            res.requests().forEach((name, st) -> parAppel.put(name, st.p50() + " / " + st.p99()));
            level.put("p50p99ByCallMs", parAppel);
            level.putAll(catchUp(s, campagne));
            // CPU per submission (warm-up included on both sides of the division), then the cores' use.
            long submissions = (long) rate * (s.warmup().toSeconds() + s.stage().toSeconds());
            Map<String, Object> parDepot = new LinkedHashMap<>();
            cpuMs.forEach((part, ms) -> parDepot.put(part, Latencies.round(ms / submissions)));
            level.put("cpuMsPerSubmission", parDepot);
            level.put("coresBusy", Latencies.round(cpuMs.get("machine") / 1000.0 / wall));
            levels.add(level);
            r.loadAverage("rush: " + rate + "/s");
            Report.log("  " + level);
            last = level;
            boolean ok = res.all().p99() <= 100 && res.all().koRatio() < 0.01;
            if (!ok) {
                break;
            }
            held = rate;
            heldLevel = level;
        }
        r.detail("rush.levels", levels);
        r.figure("1 rush", "highest submission rate held (p99 ≤ 100 ms, < 1 % errors)", "subm/s", held, null, null,
                "≥ 1,000/s with p99 < 100 ms", held >= 1000);
        Map<String, Object> basis = heldLevel != null ? heldLevel : last;
        if (basis != null) {
            double eval = ((Number) basis.get("evaluationCatchUpS")).doubleValue();
            double notif = ((Number) basis.get("notificationCatchUpS")).doubleValue();
            r.figure("1 rush", "evaluation caught up after the burst at " + basis.get("rate") + "/s", "s", eval, null, null,
                    "within 5 s", eval <= 5);
            r.figure("1 rush", "notification caught up after the burst at " + basis.get("rate") + "/s", "s", notif, null, null,
                    "within 5 s", notif <= 5);
        }
    }

    /** Waits (up to 5 min) until both consumers hold every deposited file, then returns the lags. */
    static Map<String, Object> catchUp(Settings s, String campagne) throws Exception {
        List<UUID> ids = new ArrayList<>();
        Timestamp lastDepot;
        try (Connection c = Db.open(s, "candidature");
             PreparedStatement ps = c.prepareStatement("select id, deposee_le from candidature where campagne_id = ?::uuid and statut = 'DEPOSEE'")) {
            ps.setString(1, campagne);
            lastDepot = new Timestamp(0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1)));
                    Timestamp t = rs.getTimestamp(2);
                    if (t.after(lastDepot)) {
                        lastDepot = t;
                    }
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deposited", ids.size());
        long deadline = System.currentTimeMillis() + 300_000;
        Timestamp evalLast = null;
        Timestamp notifLast = null;
        try (Connection ev = Db.open(s, "evaluation"); Connection no = Db.open(s, "notification")) {
            Array arrayEv = ev.createArrayOf("uuid", ids.toArray());
            Array arrayNo = no.createArrayOf("uuid", ids.toArray());
            while (System.currentTimeMillis() < deadline && (evalLast == null || notifLast == null)) {
                if (evalLast == null) {
                    evalLast = complete(ev, "select count(*), max(recue_le) from instruction where candidature_id = any(?)", arrayEv, ids.size());
                }
                if (notifLast == null) {
                    notifLast = complete(no, "select count(distinct candidature_id), max(creee_le) from notification where candidature_id = any(?)",
                            arrayNo, ids.size());
                }
                Thread.sleep(200);
            }
        }
        m.put("evaluationCatchUpS", lag(evalLast, lastDepot));
        m.put("notificationCatchUpS", lag(notifLast, lastDepot));
        return m;
    }

    private static Timestamp complete(Connection c, String sql, Array ids, int expected) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) >= expected ? rs.getTimestamp(2) : null;
            }
        }
    }

    /** Seconds from the last depot to the consumer's last record; NaN if it never caught up. */
    private static double lag(Timestamp consumerLast, Timestamp lastDepot) {
        return consumerLast == null ? Double.NaN
                : Latencies.round(Math.max(0, consumerLast.getTime() - lastDepot.getTime()) / 1000.0);
    }
}
