package fr.gouv.ptce.candidature.domain;

import java.text.Normalizer;

/**
 * Cleans a file name sent by a browser before it is stored and later put in a
 * Content-Disposition header: no folders ("../../etc/passwd", "C:\\x"), no control or reserved
 * characters, no leading dots, bounded length, and never empty.
 */
public final class NomDeFichier {

    static final int LONGUEUR_MAX = 150;

    private NomDeFichier() {
    }

    public static String nettoyer(String brut) {
        if (brut == null) {
            return "piece";
        }
        String nom = brut;
        int separateur = Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\'));
        nom = nom.substring(separateur + 1);
        nom = Normalizer.normalize(nom, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        nom.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"|?*;%".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        nom = sb.toString().strip().replaceAll("\\s+", " ");
        nom = nom.replaceAll("^[.\\s]+", "");
        if (nom.length() > LONGUEUR_MAX) {
            int point = nom.lastIndexOf('.');
            String ext = point > 0 && nom.length() - point <= 10 ? nom.substring(point) : "";
            nom = nom.substring(0, LONGUEUR_MAX - ext.length()) + ext;
        }
        return nom.isBlank() ? "piece" : nom;
    }
}
