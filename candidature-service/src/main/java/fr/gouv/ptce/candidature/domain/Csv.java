package fr.gouv.ptce.candidature.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small subset of RFC 4180 the directory import needs, with ';' as separator (what French
 * spreadsheets write): quoted fields with doubled quotes, one record per line (no line breaks inside
 * a field). Writing CSV is the kit's (commons.csv.FichierCsv).
 */
public final class Csv {

    public static final char SEPARATEUR = ';';

    private Csv() {
    }

    /** The fields of one line; null when a quote is left open (the caller reports the line). */
    public static List<String> decouper(String ligne) {
        List<String> champs = new ArrayList<>();
        StringBuilder courant = new StringBuilder();
        boolean entreGuillemets = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (entreGuillemets) {
                if (c == '"' && i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
                    courant.append('"');
                    i++;
                } else if (c == '"') {
                    entreGuillemets = false;
                } else {
                    courant.append(c);
                }
            } else if (c == '"') {
                entreGuillemets = true;
            } else if (c == SEPARATEUR) {
                champs.add(courant.toString().trim());
                courant.setLength(0);
            } else {
                courant.append(c);
            }
        }
        if (entreGuillemets) {
            return null;
        }
        champs.add(courant.toString().trim());
        return champs;
    }
}
