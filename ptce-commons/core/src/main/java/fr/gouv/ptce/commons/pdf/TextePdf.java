package fr.gouv.ptce.commons.pdf;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

import java.text.Normalizer;

/**
 * Text made writable with the standard fonts' WinAnsiEncoding. French needs nothing more
 * (é è ê à ç ô œ « » € ’ … are in it); other characters become their unaccented letter (ő → o),
 * the spaces Java's French formats use (U+202F, U+00A0) a plain space, tabs a space, and anything
 * else '?' — a user's text never breaks a document.
 */
public final class TextePdf {

    private TextePdf() {
    }

    /** The text with only encodable characters; line breaks (\n) are kept, \r dropped. */
    public static String lisible(String texte) {
        if (texte == null) {
            return "";
        }
        StringBuilder sortie = new StringBuilder(texte.length());
        texte.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sortie.append('\n');
            } else if (cp == '\r') {
                // dropped: "\r\n" is one line break
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sortie.append(' ');
            } else if (encodable(cp)) {
                sortie.appendCodePoint(cp);
            } else {
                sortie.append(remplacement(cp));
            }
        });
        return sortie.toString();
    }

    private static boolean encodable(int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        String nom = GlyphList.getAdobeGlyphList().codePointToName(cp);
        return WinAnsiEncoding.INSTANCE.contains(nom);
    }

    private static String remplacement(int cp) {
        String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder r = new StringBuilder();
        base.codePoints().forEach(c -> r.append(encodable(c) ? new String(Character.toChars(c)) : "?"));
        return r.isEmpty() ? "?" : r.toString();
    }
}
