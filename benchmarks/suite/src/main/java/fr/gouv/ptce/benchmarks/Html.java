package fr.gouv.ptce.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * index.html of a run: the figures table, the submission-rush curve as inline SVG (p99 against the
 * offered rate, the 100 ms line drawn), links to Gatling's own reports (percentiles over time,
 * throughput) and the machine's load average during the run.
 */
final class Html {

    private Html() {
    }

    static String page(Report r) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>PTCE — benchmarks</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:nth-child(-n+2),th{text-align:left}")
                .append(".ok{background:#dfd}.ko{background:#fdd}</style></head><body>")
                .append("<h1>PTCE — benchmarks</h1><p>Run started ").append(r.started()).append(r.settings().quick()
                        ? " — <b>quick mode</b> (small sizes, short stages: checks the suite, not the platform)" : "")
                .append(". ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, mean 1-min load average ")
                .append(r.meanLoad()).append(" (the machine is shared: read the figures with it).</p>");
        h.append("<h2>Figures</h2><table><tr><th>scenario</th><th>figure</th><th>ours</th><th>reference</th>")
                .append("<th>ratio ours/ref</th><th>goal</th><th>met?</th></tr>");
        for (Report.Figure f : r.figures()) {
            String cls = f.met() == null ? "" : f.met() ? " class=\"ok\"" : " class=\"ko\"";
            h.append("<tr").append(cls).append("><td>").append(esc(f.scenario())).append("</td><td>").append(esc(f.name()))
                    .append("</td><td>").append(f.ours()).append(' ').append(esc(f.unit())).append("</td><td>")
                    .append(f.reference() == null ? "—" : f.reference() + " " + esc(f.unit()) + " <small>("
                            + esc(f.referenceName()) + ")</small>")
                    .append("</td><td>").append(f.ratio() == null ? "—" : f.ratio()).append("</td><td>")
                    .append(f.goal() == null ? "—" : esc(f.goal())).append("</td><td>")
                    .append(f.met() == null ? "—" : f.met() ? "yes" : "no").append("</td></tr>");
        }
        h.append("</table>");
        Object levels = r.details().get("rush.levels");
        if (levels instanceof List<?> list && !list.isEmpty()) {
            h.append("<h2>Submission rush: p99 by offered rate</h2>").append(rushChart(list));
        }
        h.append("<h2>Gatling reports</h2><p>Each shows latency percentiles over time, requests and responses per second.</p><ul>");
        r.reports().forEach((label, link) -> h.append("<li><a href=\"").append(esc(link)).append("\">").append(esc(label))
                .append("</a></li>"));
        h.append("</ul><h2>Load average during the run</h2><table><tr><th>step</th><th>1 min</th><th>5 min</th></tr>");
        for (Map<String, Object> l : r.load()) {
            h.append("<tr><td>").append(esc(String.valueOf(l.get("when")))).append("</td><td>").append(l.get("load1"))
                    .append("</td><td>").append(l.get("load5")).append("</td></tr>");
        }
        h.append("</table>");
        if (!r.errors().isEmpty()) {
            h.append("<h2>Errors</h2><ul>");
            r.errors().forEach(e -> h.append("<li>").append(esc(e)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<p>Raw data: <a href=\"results.json\">results.json</a>.</p></body></html>\n");
        return h.toString();
    }

    /** Offered rate (log scale, x) against p99 in ms (y, capped at 4× the 100 ms goal). */
    static String rushChart(List<?> levels) {
        int w = 640;
        int hgt = 300;
        int pad = 50;
        double maxRate = 1;
        for (Object o : levels) {
            maxRate = Math.max(maxRate, ((Number) ((Map<?, ?>) o).get("rate")).doubleValue());
        }
        double maxY = 400;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
                + "\" style=\"border:1px solid #ccc\">");
        double goalY = y(100, maxY, hgt, pad);
        s.append("<line x1=\"").append(pad).append("\" x2=\"").append(w - 10).append("\" y1=\"").append(goalY)
                .append("\" y2=\"").append(goalY).append("\" stroke=\"red\" stroke-dasharray=\"4\"/>")
                .append("<text x=\"").append(w - 120).append("\" y=\"").append(goalY - 4).append("\" fill=\"red\" font-size=\"11\">p99 goal 100 ms</text>");
        StringBuilder path = new StringBuilder();
        for (Object o : levels) {
            Map<?, ?> m = (Map<?, ?>) o;
            double rate = ((Number) m.get("rate")).doubleValue();
            double p99 = Math.min(maxY, ((Number) m.get("p99Ms")).doubleValue());
            double x = pad + (Math.log(rate) / Math.log(Math.max(2, maxRate))) * (w - pad - 20);
            double yy = y(p99, maxY, hgt, pad);
            path.append(path.length() == 0 ? "M" : "L").append(String.format("%.1f,%.1f ", x, yy));
            s.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%s/s</text>",
                    x, yy, x - 10, (double) hgt - pad + 15, m.get("rate")));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#36c\" stroke-width=\"2\"/>")
                .append("<text x=\"5\" y=\"15\" font-size=\"11\">p99 (ms, all requests of a submission)</text>")
                .append("<text x=\"").append(w / 2).append("\" y=\"").append(hgt - 5).append("\" font-size=\"11\">offered submissions/s (log)</text>")
                .append("</svg>");
        return s.toString();
    }

    private static double y(double v, double max, int h, int pad) {
        return h - pad - v / max * (h - 2 * pad);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
