package fr.gouv.ptce.commons.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A printable A4 document for the record (minutes, an application file), written top to bottom:
 * titles, paragraphs, label–value pairs and tables, wrapped to the page, with a new page when one is
 * full (a table repeats its header) and "page n / N" at the foot of each page.
 * <p>
 * The fonts are PDF's standard Helvetica with WinAnsiEncoding: every reader has them, nothing is
 * embedded, and they cover French (é è à ç œ « » € ’ …). A character they cannot encode is written
 * as its unaccented letter, or '?' ({@link TextePdf}), never an exception halfway through a document.
 */
public final class DocumentPdf {

    private static final float MARGE = 50;
    private static final float TAILLE_TEXTE = 10;
    private static final float INTERLIGNE = 1.35f;
    private static final float ESPACE_CELLULE = 4;

    private final PDDocument document = new PDDocument();
    // Not embedded, so not tied to a document: shared by every document (metrics read once).
    private static final PDType1Font normale = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font grasse = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float largeur = PDRectangle.A4.getWidth() - 2 * MARGE;
    private PDPageContentStream flux;
    private float y;

    /** @param titre the document's title in its properties (what a reader shows in its window) */
    public DocumentPdf(String titre) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TextePdf.lisible(titre));
        info.setProducer("PTCE");
        nouvellePage();
    }

    public DocumentPdf titre(String texte) {
        espace(4);
        return lignes(normaliser(texte), grasse, 16, 0, largeur);
    }

    public DocumentPdf intertitre(String texte) {
        espace(10);
        besoin(3 * hauteur(12));
        return lignes(normaliser(texte), grasse, 12, 0, largeur);
    }

    public DocumentPdf paragraphe(String texte) {
        espace(3);
        return lignes(normaliser(texte), normale, TAILLE_TEXTE, 0, largeur);
    }

    /** "Libellé : valeur", the value wrapped under itself; an empty value is written "—". */
    public DocumentPdf champ(String libelle, String valeur) {
        String l = TextePdf.lisible(libelle) + " : ";
        float decalage = Math.min(largeur / 3, texteLargeur(l, grasse, TAILLE_TEXTE));
        List<String> v = couper(normaliser(valeur == null || valeur.isBlank() ? "—" : valeur), normale,
                TAILLE_TEXTE, largeur - decalage);
        besoin(hauteur(TAILLE_TEXTE));
        ecrire(l, grasse, TAILLE_TEXTE, MARGE, y - TAILLE_TEXTE);
        lignes(v, normale, TAILLE_TEXTE, decalage, largeur - decalage);
        return this;
    }

    /**
     * A table: {@code parts} are the columns' shares of the width, the header is bold and repeated
     * on each page the table runs onto; a cell's text wraps inside its column. A row moves whole to
     * the next page when it does not fit; one taller than a page (a long motivation) is continued
     * there, never dropped.
     */
    public DocumentPdf tableau(float[] parts, List<String> entete, List<List<String>> lignes, float taille) {
        float total = 0;
        for (float p : parts) {
            total += p;
        }
        float[] colonnes = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            colonnes[i] = largeur * parts[i] / total;
        }
        espace(4);
        List<List<String>> titres = cellules(colonnes, entete, grasse, taille);
        rangee(colonnes, titres, grasse, taille, null);
        for (List<String> ligne : lignes) {
            rangee(colonnes, cellules(colonnes, ligne, normale, taille), normale, taille, titres);
        }
        return this;
    }

    /** The finished document; the builder cannot be used afterwards. */
    public byte[] octets() {
        try (document) {
            flux.close();
            int n = document.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream pied = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String texte = "page " + (i + 1) + " / " + n;
                    float x = PDRectangle.A4.getWidth() - MARGE - texteLargeur(texte, normale, 8);
                    ecrire(pied, texte, normale, 8, x, MARGE / 2);
                }
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each cell's text cut into the lines of its column. */
    private List<List<String>> cellules(float[] colonnes, List<String> cellules, PDType1Font police, float taille) {
        List<List<String>> textes = new ArrayList<>();
        for (int i = 0; i < colonnes.length; i++) {
            String c = i < cellules.size() && cellules.get(i) != null ? cellules.get(i) : "";
            textes.add(couper(normaliser(c), police, taille, colonnes[i] - 2 * ESPACE_CELLULE));
        }
        return textes;
    }

    /**
     * Writes one row, column after column (so that a text extractor reads each cell whole), under
     * a rule. {@code titres}: the header to repeat on a new page (null when this row is the header).
     */
    private void rangee(float[] colonnes, List<List<String>> textes, PDType1Font police, float taille,
                        List<List<String>> titres) {
        int lignesMax = 1;
        for (List<String> t : textes) {
            lignesMax = Math.max(lignesMax, t.size());
        }
        float pas = hauteur(taille);
        float pagePleine = PDRectangle.A4.getHeight() - 2 * MARGE - (titres == null ? 0 : 3 * pas);
        if (y - lignesMax * pas - ESPACE_CELLULE < MARGE && lignesMax * pas + ESPACE_CELLULE <= pagePleine) {
            pageSuivante(colonnes, titres, taille);
        }
        int debut = 0;
        while (debut < lignesMax) {
            int place = Math.max(1, (int) ((y - MARGE - ESPACE_CELLULE) / pas));
            int fin = Math.min(lignesMax, debut + place);
            float x = MARGE;
            for (int i = 0; i < colonnes.length; i++) {
                List<String> t = textes.get(i);
                float yl = y - taille;
                for (int k = debut; k < Math.min(fin, t.size()); k++) {
                    ecrire(t.get(k), police, taille, x + ESPACE_CELLULE, yl);
                    yl -= pas;
                }
                x += colonnes[i];
            }
            y -= (fin - debut) * pas;
            debut = fin;
            if (debut < lignesMax) {
                pageSuivante(colonnes, titres, taille);
            }
        }
        y -= ESPACE_CELLULE;
        try {
            flux.setLineWidth(titres == null ? 0.8f : 0.3f);
            flux.moveTo(MARGE, y + ESPACE_CELLULE / 2);
            flux.lineTo(MARGE + largeur, y + ESPACE_CELLULE / 2);
            flux.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pageSuivante(float[] colonnes, List<List<String>> titres, float taille) {
        nouvellePage();
        if (titres != null) {
            rangee(colonnes, titres, grasse, taille, null);
        }
    }

    private DocumentPdf lignes(List<String> lignes, PDType1Font police, float taille, float decalage, float large) {
        for (String l : lignes) {
            besoin(hauteur(taille));
            ecrire(l, police, taille, MARGE + decalage, y - taille);
            y -= hauteur(taille);
        }
        return this;
    }

    private List<String> normaliser(String texte) {
        return List.of(TextePdf.lisible(texte == null ? "" : texte).split("\n", -1));
    }

    /** Wraps paragraphs at spaces; a word wider than the column (a hash, a URL) is cut where it must. */
    private List<String> couper(List<String> paragraphes, PDType1Font police, float taille, float large) {
        List<String> sortie = new ArrayList<>();
        for (String p : paragraphes) {
            StringBuilder ligne = new StringBuilder();
            for (String mot : p.split(" ", -1)) {
                String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
                if (texteLargeur(essai, police, taille) <= large) {
                    ligne.setLength(0);
                    ligne.append(essai);
                    continue;
                }
                if (!ligne.isEmpty()) {
                    sortie.add(ligne.toString());
                    ligne.setLength(0);
                }
                String reste = mot;
                while (texteLargeur(reste, police, taille) > large && reste.length() > 1) {
                    int n = reste.length() - 1;
                    while (n > 1 && texteLargeur(reste.substring(0, n), police, taille) > large) {
                        n--;
                    }
                    sortie.add(reste.substring(0, n));
                    reste = reste.substring(n);
                }
                ligne.append(reste);
            }
            sortie.add(ligne.toString());
        }
        return sortie;
    }

    private void besoin(float hauteur) {
        if (y - hauteur < MARGE) {
            nouvellePage();
        }
    }

    private void espace(float points) {
        y -= points;
    }

    private static float hauteur(float taille) {
        return taille * INTERLIGNE;
    }

    private void nouvellePage() {
        try {
            if (flux != null) {
                flux.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            flux = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ecrire(String texte, PDType1Font police, float taille, float x, float yLigne) {
        ecrire(flux, texte, police, taille, x, yLigne);
    }

    private static void ecrire(PDPageContentStream f, String texte, PDType1Font police, float taille, float x,
                               float yLigne) {
        if (texte.isEmpty()) {
            return;
        }
        try {
            f.beginText();
            f.setFont(police, taille);
            f.newLineAtOffset(x, yLigne);
            f.showText(texte);
            f.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float texteLargeur(String texte, PDType1Font police, float taille) {
        try {
            return police.getStringWidth(texte) / 1000 * taille;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
