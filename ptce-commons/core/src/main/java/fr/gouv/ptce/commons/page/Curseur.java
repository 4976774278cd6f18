package fr.gouv.ptce.commons.page;

import fr.gouv.ptce.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The one cursor format of every list: base64url (no padding) of {@code v1} followed by the sort
 * key of the last element served, each part preceded by {@code |} (the last part may itself
 * contain {@code |}). Clients never build or read it: the sort key may change behind a new
 * version prefix. Anything this class did not write is a 400 naming {@code curseur}.
 */
public final class Curseur {

    private static final String VERSION = "v1";
    private static final char SEPARATEUR = '|';

    private Curseur() {
    }

    /** A position in a list ordered by (instant, id): the next page starts strictly after it. */
    public record Position(Instant instant, UUID id) {
    }

    public static String encoder(String... cles) {
        StringBuilder brut = new StringBuilder(VERSION);
        for (String cle : cles) {
            brut.append(SEPARATEUR).append(cle);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(brut.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code nombre} parts of the key; null for an absent cursor (the first page). */
    public static List<String> decoder(String curseur, int nombre) {
        if (curseur == null || curseur.isBlank()) {
            return null;
        }
        String brut;
        try {
            brut = new String(Base64.getUrlDecoder().decode(curseur), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw illisible();
        }
        if (!brut.startsWith(VERSION + SEPARATEUR)) {
            throw illisible();
        }
        List<String> parts = new ArrayList<>(List.of(brut.substring(VERSION.length() + 1).split("\\|", nombre)));
        if (parts.size() != nombre) {
            throw illisible();
        }
        return parts;
    }

    public static String apres(Instant instant, UUID id) {
        return encoder(instant.toString(), id.toString());
    }

    /** The (instant, id) position written by {@link #apres(Instant, UUID)}; null when absent. */
    public static Position position(String curseur) {
        List<String> parts = decoder(curseur, 2);
        if (parts == null) {
            return null;
        }
        try {
            return new Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException e) {
            throw illisible();
        }
    }

    public static String apres(long sequence) {
        return encoder(Long.toString(sequence));
    }

    /** The sequence written by {@link #apres(long)}; {@code siAbsent} when there is no cursor. */
    public static long sequence(String curseur, long siAbsent) {
        List<String> parts = decoder(curseur, 1);
        if (parts == null) {
            return siAbsent;
        }
        try {
            return Long.parseLong(parts.get(0));
        } catch (NumberFormatException e) {
            throw illisible();
        }
    }

    public static String apres(String cle) {
        return encoder(cle);
    }

    /** The text key written by {@link #apres(String)}; null when absent. */
    public static String cle(String curseur) {
        List<String> parts = decoder(curseur, 1);
        return parts == null ? null : parts.get(0);
    }

    private static ProblemException illisible() {
        return ProblemException.badRequest("curseur", "curseur illisible : reprenez la liste depuis le début");
    }
}
