package fr.gouv.ptce.commons.csv;

import java.math.BigDecimal;

/**
 * A CSV file as French spreadsheets and accounting imports read it: separator ';' (',' for the
 * national open-data formats), CRLF line ends,
 * a header line. A text field holding ';', '"' or a line break is quoted with its quotes doubled
 * (RFC 4180); text a spreadsheet would run as a formula (leading = + - @) is prefixed with an
 * apostrophe, so that a raison sociale typed "=HYPERLINK(…)" stays text. Values the service itself
 * formats (numbers, dates, ids) go through {@link #ligne} as they are: a negative amount must stay a
 * number.
 */
public final class FichierCsv {

    /** The media type the exports answer with. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** Byte order mark: without it a spreadsheet opens UTF-8 as Windows-1252 and garbles the accents. */
    private static final char BOM = '\uFEFF';

    private final StringBuilder texte = new StringBuilder();
    private final char separateur;

    private FichierCsv(boolean bom, char separateur, String... colonnes) {
        this.separateur = separateur;
        if (bom) {
            texte.append(BOM);
        }
        texte.append(String.join(String.valueOf(separateur), colonnes)).append("\r\n");
    }

    /** A file for a person's spreadsheet: UTF-8 with a byte order mark. */
    public static FichierCsv pourTableur(String... colonnes) {
        return new FichierCsv(true, ';', colonnes);
    }

    /** A file for a program (an accounting import): UTF-8 without a byte order mark. */
    public static FichierCsv pourImport(String... colonnes) {
        return new FichierCsv(false, ';', colonnes);
    }

    /**
     * A file in a national open-data format (schema.data.gouv.fr's SCDL): UTF-8 without a byte order
     * mark, comma-separated; a text field holding a comma is quoted as well.
     */
    public static FichierCsv pourDonneesOuvertes(String... colonnes) {
        return new FichierCsv(false, ',', colonnes);
    }

    /** Appends one line of fields already made safe: through {@link #texte(String)} for free text. */
    public FichierCsv ligne(String... champs) {
        for (int i = 0; i < champs.length; i++) {
            if (i > 0) {
                texte.append(separateur);
            }
            String champ = champs[i] == null ? "" : champs[i];
            // texte() already quoted a field holding ';', '"' or a line break; here a comma needs it too
            if (separateur == ',' && champ.indexOf(',') >= 0 && !champ.startsWith("\"")) {
                champ = '"' + champ + '"';
            }
            texte.append(champ);
        }
        texte.append("\r\n");
        return this;
    }

    public String contenu() {
        return texte.toString();
    }

    /** A free-text field (a name, a reference, a motivation): formula guard, then quoting; null is empty. */
    public static String texte(String valeur) {
        String v = valeur == null ? "" : valeur;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A decimal with a comma, as a French spreadsheet reads a number (4,25); null is empty. */
    public static String decimalFrancais(BigDecimal valeur) {
        return valeur == null ? "" : valeur.toPlainString().replace('.', ',');
    }
}
