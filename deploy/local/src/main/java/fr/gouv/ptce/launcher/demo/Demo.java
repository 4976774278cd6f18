package fr.gouv.ptce.launcher.demo;

import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;

/**
 * {@code ./ptce demo}: plays a 2023 edition against the platform started by {@code ./ptce up}, over
 * its public API only, then gives the services their real clock back. Each run is a new edition
 * (its own campaign codes, structures and contact addresses), so it can be run again and again.
 */
public final class Demo {

    private static final int THREADS = 6;

    private Demo() {
    }

    /** Exit code: 0 played, 1 failed (the message names the request and the answer), 3 platform not up. */
    public static int run(Ports ports, PrintStream out) {
        DemoClient client = new DemoClient(ports);
        for (Service s : Service.values()) {
            if (!client.ready(s)) {
                out.println(s.moduleName() + " does not answer on " + client.url(s) + "/q/health/ready: start the platform with ./ptce up");
                return 3;
            }
        }
        String code = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        long start = System.nanoTime();
        out.println("Playing the 2023 edition " + code + " of the PTCE calls: " + Edition.PHASE_1 + " phase-1 applications, "
                + Edition.PHASE_2 + " phase-2 applications, " + Edition.LAUREATS_PHASE_2 + " lauréats (public API, real tokens)");
        try (Parallel parallel = new Parallel(THREADS, out)) {
            Edition edition = new Edition(client, out, parallel, code);
            try {
                edition.jouer();
            } finally {
                remettreLesHorloges(client, out);
            }
            new Bilan(client, out, edition).afficher(start);
            return 0;
        } catch (DemoException e) {
            out.println();
            out.println("The demo stopped: " + e.getMessage());
            return 1;
        }
    }

    /** DELETE /api/v1/horloge on every service: back to the real time, whatever happened. */
    private static void remettreLesHorloges(DemoClient client, PrintStream out) {
        for (Service s : Service.values()) {
            try {
                DemoClient.Answer a = client.delete(s, "/api/v1/horloge", "admin1");
                if (!a.ok()) {
                    out.println("  ! " + s.moduleName() + " kept its demo clock: " + a.request() + " → HTTP " + a.status() + " " + a.body());
                }
            } catch (DemoException e) {
                out.println("  ! " + e.getMessage());
            }
        }
        out.println("  ⏱ services back to the real clock");
    }
}
