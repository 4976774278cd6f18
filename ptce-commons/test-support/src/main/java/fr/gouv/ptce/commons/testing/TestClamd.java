package fr.gouv.ptce.commons.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real ClamAV daemon for the tests, started once per JVM by the project's own script
 * ({@code deploy/clamav/clamd.sh}: installs Debian's clamav-daemon if needed, loads the EICAR test
 * signature), on a free local port. {@link #arreter()} / {@link #redemarrer()} take it away and bring
 * it back on the same port, for the "antivirus unreachable" cases.
 */
public final class TestClamd {

    static final String PORT = "ptce.test.clamd.port";
    /** The first start may install the package. */
    private static final Duration DEMARRAGE_MAX = Duration.ofMinutes(10);

    private static Process process;
    private static Path dossier;

    private TestClamd() {
    }

    public static synchronized int port() {
        String port = System.getProperty(PORT);
        if (port != null && process != null) {
            return Integer.parseInt(port);
        }
        int p = port == null ? ServeursDeTest.portLibre() : Integer.parseInt(port);
        try {
            dossier = dossier == null ? Files.createTempDirectory("ptce-clamd-") : dossier;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        demarrer(p);
        System.setProperty(PORT, String.valueOf(p));
        Runtime.getRuntime().addShutdownHook(new Thread(TestClamd::arreter));
        return p;
    }

    /** Stops the daemon: uploads then meet a closed port. */
    public static synchronized void arreter() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts it again on the same port. */
    public static synchronized void redemarrer() {
        if (process == null) {
            demarrer(Integer.parseInt(System.getProperty(PORT)));
        }
    }

    private static void demarrer(int port) {
        Path script = script();
        Path log = dossier.resolve("clamd.log");
        try {
            process = new ProcessBuilder(List.of("bash", script.toString(), dossier.toString(), String.valueOf(port)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("clamd impossible à lancer (" + script + ")", e);
        }
        Process lance = process;
        ServeursDeTest.attendre("clamd", lance, DEMARRAGE_MAX, () -> repond(port), log, lance::destroy);
    }

    static boolean repond(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] r = in.readNBytes(5);
            return new String(r, StandardCharsets.US_ASCII).equals("PONG\0");
        } catch (IOException e) {
            return false;
        }
    }

    /** deploy/clamav/clamd.sh of this repository. */
    static Path script() {
        return ServeursDeTest.fichierDuDepot("deploy/clamav/clamd.sh");
    }
}
