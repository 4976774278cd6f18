package fr.gouv.ptce.commons.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** What the real servers started as separate processes by the tests ({@link TestClamd}, {@link TestKeycloak}) share. */
final class ServeursDeTest {

    private ServeursDeTest() {
    }

    /** A file of this repository (e.g. deploy/clamav/clamd.sh), found from the module's folder upwards. */
    static Path fichierDuDepot(String relatif) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve(relatif);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException(relatif + " introuvable au-dessus de " + Path.of("").toAbsolutePath());
    }

    static int portLibre() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end of a server's log, for the message of a failed start. */
    static String finDuJournal(Path log) {
        try {
            String t = Files.readString(log);
            return t.length() > 4000 ? t.substring(t.length() - 4000) : t;
        } catch (IOException e) {
            return "(illisible)";
        }
    }

    /**
     * Waits until {@code repond} says the server {@code nom} answers; a process that dies or a server
     * still silent after {@code max} fails with the end of its log (the process is then stopped).
     */
    static void attendre(String nom, Process process, Duration max, BooleanSupplier repond, Path log, Runnable arreter) {
        long fin = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < fin) {
            if (!process.isAlive()) {
                throw new IllegalStateException(nom + " s'est arrêté au démarrage ; journal : " + finDuJournal(log));
            }
            if (repond.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        arreter.run();
        throw new IllegalStateException(nom + " ne répond pas après " + max + " ; journal : " + finDuJournal(log));
    }
}
