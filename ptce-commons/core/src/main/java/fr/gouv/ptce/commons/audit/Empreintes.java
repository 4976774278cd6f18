package fr.gouv.ptce.commons.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains the journal: SHA-256 over a canonical serialisation of an entry and the
 * hash of the entry before it. Each field is written as its UTF-8 length then its bytes, so that no
 * choice of values can make two different entries serialise alike (no separator to smuggle in).
 */
public final class Empreintes {

    /** The "previous hash" of the first entry. */
    public static final String GENESE = "0".repeat(64);

    private Empreintes() {
    }

    /** PostgreSQL keeps microseconds: the instant is hashed as it will be read back. */
    public static Instant instantStocke(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String de(long sequence, Instant instant, String acteur, String action, String typeAgregat,
                            String idAgregat, String donnees, String empreintePrecedente) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
        champ(sha, "ptce-journal-audit-v1");
        champ(sha, Long.toString(sequence));
        champ(sha, DateTimeFormatter.ISO_INSTANT.format(instantStocke(instant)));
        champ(sha, acteur);
        champ(sha, action);
        champ(sha, typeAgregat);
        champ(sha, idAgregat);
        champ(sha, donnees);
        champ(sha, empreintePrecedente);
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String de(EntreeJournal e) {
        return de(e.sequence(), e.instant(), e.acteur(), e.action(), e.typeAgregat(), e.idAgregat(), e.donnees(),
                e.empreintePrecedente());
    }

    private static void champ(MessageDigest sha, String valeur) {
        byte[] octets = valeur.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(octets.length).array());
        sha.update(octets);
    }
}
