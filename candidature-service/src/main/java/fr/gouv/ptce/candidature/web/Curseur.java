package fr.gouv.ptce.candidature.web;

import fr.gouv.ptce.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: the sort key of the last element read, base64url-encoded so that clients do not
 * build them (and so that the sort key can change without breaking the contract).
 */
public final class Curseur {

    private Curseur() {
    }

    public static String encoder(String cle) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + cle).getBytes(StandardCharsets.UTF_8));
    }

    public static String decoder(String curseur) {
        if (curseur == null || curseur.isBlank()) {
            return null;
        }
        try {
            String texte = new String(Base64.getUrlDecoder().decode(curseur), StandardCharsets.UTF_8);
            if (!texte.startsWith("v1:")) {
                throw new IllegalArgumentException();
            }
            return texte.substring(3);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("curseur", "curseur illisible : reprenez la liste depuis le début");
        }
    }

    public static long decoderLong(String curseur) {
        String cle = decoder(curseur);
        try {
            return Long.parseLong(cle);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("curseur", "curseur illisible : reprenez la liste depuis le début");
        }
    }
}
