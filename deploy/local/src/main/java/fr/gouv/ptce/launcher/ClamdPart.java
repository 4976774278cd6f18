package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * ClamAV's daemon, which candidature-service asks to scan every attachment: Debian's clamd run by
 * {@code deploy/clamav/clamd.sh} (it installs clamav-daemon the first time and loads the EICAR test
 * signature, since no signature mirror can be reached here), its files in {@code <data>/clamd}.
 */
final class ClamdPart extends Part {

    ClamdPart(Layout layout, Ports ports) {
        super(layout, ports);
    }

    @Override
    String name() {
        return "clamd";
    }

    @Override
    String label() {
        return "clamd (antivirus) :" + ports.clamd();
    }

    @Override
    List<String> command() {
        return List.of("bash", layout.repoRoot().resolve("deploy/clamav/clamd.sh").toString(),
                layout.dataDir().resolve("clamd").toString(), Integer.toString(ports.clamd()));
    }

    @Override
    List<String> portNames() {
        return List.of("clamd (antivirus)");
    }

    /** Ready when it answers PING with PONG (its port opens only once the signatures are loaded). */
    @Override
    boolean ready() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", ports.clamd()), 1000);
            s.setSoTimeout(2000);
            s.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("PONG\0");
        } catch (IOException e) {
            return false;
        }
    }

    /** The first start may install the Debian package. */
    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(600);
    }
}
