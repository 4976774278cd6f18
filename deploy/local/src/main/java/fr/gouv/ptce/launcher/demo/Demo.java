package fr.gouv.ptce.launcher.demo;

import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;

/**
 * {@code ./ptce demo}: plays a 2023 edition against the platform started by {@code ./ptce up}, over
 * its public API only — but for the incident it provokes, labelled as such, to show a dead letter
 * ({@link PanneProvoquee}) —, then gives the services their real clock back. Each run is a new edition
 * (its own campaign codes, structures and contact addresses), so it can be run again and again.
 * The system tests play a smaller edition ({@link Taille#REDUITE}) through the same code.
 */
public final class Demo {

    private static final int THREADS = 6;

    private Demo() {
    }

    /** Exit code: 0 played, 1 failed (the message names the request and the answer), 3 platform not up. */
    public static int run(Ports ports, PrintStream out) {
        DemoClient client = new DemoClient(ports, new LimiteEcritures(out));
        for (Service s : Service.values()) {
            if (!client.ready(s)) {
                out.println(s.moduleName() + " does not answer on " + client.url(s) + "/q/health/ready: start the platform with ./ptce up");
                return 3;
            }
        }
        try {
            jouer(client, out, Taille.COMPLETE);
            return 0;
        } catch (DemoException e) {
            out.println();
            out.println("The demo stopped: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Plays an edition of size {@code taille} and returns its summary (also printed);
     * a DemoException names the call that failed.
     */
    public static Resultat jouer(Ports ports, PrintStream out, Taille taille) {
        return jouer(new DemoClient(ports, new LimiteEcritures(out)), out, taille);
    }

    private static Resultat jouer(DemoClient client, PrintStream out, Taille taille) {
        String code = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        long start = System.nanoTime();
        out.println("Playing the 2023 edition " + code + " of the PTCE calls: " + taille.phase1() + " phase-1 applications, "
                + taille.phase2() + " phase-2 applications, " + taille.laureatsPhase2() + " lauréats (public API, real tokens)");
        try (Parallel parallel = new Parallel(THREADS, out)) {
            Edition edition = new Edition(client, out, parallel, code, taille);
            try {
                edition.jouer();
            } finally {
                remettreLesHorloges(client, out);
            }
            return new Bilan(client, out, edition).afficher(start);
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
