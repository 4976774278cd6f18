package fr.gouv.ptce.candidature.candidature;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of ClamAV's daemon over TCP: the {@code zINSTREAM} command (the bytes sent in chunks, each
 * preceded by its length on 4 bytes big-endian, a zero length ending the stream) and {@code zPING}.
 * clamd answers {@code stream: OK}, {@code stream: <signature> FOUND} or {@code ... ERROR}, ended by NUL.
 */
public final class ClientClamd {

    /** What clamd said of a file. */
    public sealed interface Verdict permits Sain, Infecte {
    }

    public record Sain() implements Verdict {
    }

    public record Infecte(String signature) implements Verdict {
    }

    private static final int MORCEAU = 64 * 1024;
    private static final int REPONSE_MAX = 4096;

    private final String hote;
    private final int port;
    private final Duration delai;

    public ClientClamd(String hote, int port, Duration delai) {
        this.hote = hote;
        this.port = port;
        this.delai = delai;
    }

    /**
     * Scans {@code contenu}. Throws IOException when clamd cannot be reached, does not answer in time,
     * or answers an error (a stream over its size limit, a database problem): the file is then unscanned.
     */
    public Verdict analyser(byte[] contenu) throws IOException {
        try (Socket s = connecter()) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < contenu.length; i += MORCEAU) {
                int n = Math.min(MORCEAU, contenu.length - i);
                out.writeInt(n);
                out.write(contenu, i, n);
            }
            out.writeInt(0);
            out.flush();
            return verdict(lire(s.getInputStream()));
        }
    }

    /** True when clamd answers PONG. */
    public boolean repond() {
        try (Socket s = connecter()) {
            s.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return "PONG".equals(lire(s.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    static Verdict verdict(String reponse) throws IOException {
        if (reponse.equals("stream: OK")) {
            return new Sain();
        }
        if (reponse.startsWith("stream: ") && reponse.endsWith(" FOUND")) {
            return new Infecte(reponse.substring("stream: ".length(), reponse.length() - " FOUND".length()));
        }
        throw new IOException("réponse de clamd inattendue : " + reponse);
    }

    private Socket connecter() throws IOException {
        Socket s = new Socket();
        int ms = (int) delai.toMillis();
        s.connect(new InetSocketAddress(hote, port), ms);
        s.setSoTimeout(ms);
        return s;
    }

    private static String lire(InputStream in) throws IOException {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            if (r.size() == REPONSE_MAX) {
                throw new IOException("réponse de clamd trop longue");
            }
            r.write(b);
        }
        return r.toString(StandardCharsets.US_ASCII).strip();
    }
}
