package fr.gouv.ptce.commons.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPdfTest {

    @Test
    void leTexteFrancaisSeRelitTelQuIlAEteEcrit() throws Exception {
        byte[] pdf = new DocumentPdf("Procès-verbal")
                .titre("Procès-verbal du comité — « Édition 2024 »")
                .champ("Clôture", "12 mars 2024, 23 h 59")
                .paragraphe("Éléments décisifs : l’œuvre çà et là, coût 1 000 € … ")
                .tableau(new float[]{1, 3}, List.of("Rang", "Motivation"),
                        List.of(List.of("1", "Très bon projet ; ancrage fort")), 9)
                .octets();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(doc);
            assertEquals("Procès-verbal", doc.getDocumentInformation().getTitle());
            assertTrue(texte.contains("Procès-verbal du comité — « Édition 2024 »"), texte);
            assertTrue(texte.contains("Clôture : 12 mars 2024, 23 h 59"), texte);
            assertTrue(texte.contains("l’œuvre çà et là, coût 1 000 € …"), texte);
            assertTrue(texte.contains("Très bon projet ; ancrage fort"), texte);
            assertTrue(texte.contains("page 1 / 1"), texte);
        }
    }

    @Test
    void unCaractereHorsDesPolicesStandardNArretePasLeDocument() throws Exception {
        byte[] pdf = new DocumentPdf("x").paragraphe("Łódź Ωmega 漢 a\u202Fb\tc").octets();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(doc);
            assertTrue(texte.contains("?ódz ?mega ? a b c"), texte);
        }
    }

    @Test
    void unLongTableauSeContinueSurDAutresPagesAvecSonEnTete() throws Exception {
        List<List<String>> lignes = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lignes.add(List.of(String.valueOf(i), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" + i));
        }
        byte[] pdf = new DocumentPdf("x").tableau(new float[]{1, 2}, List.of("N°", "SHA-256"), lignes, 9).octets();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(pages);
            s.setEndPage(pages);
            String derniere = s.getText(doc);
            assertTrue(derniere.contains("SHA-256"), derniere);
            assertTrue(derniere.contains("page " + pages + " / " + pages), derniere);
            String tout = new PDFTextStripper().getText(doc).replace("\n", "").replace("\r", "");
            // every line is there, a hash cut at the column's edge included
            for (int i = 1; i <= 120; i++) {
                assertTrue(tout.contains("b7852b855" + i), "ligne " + i);
            }
        }
    }

    @Test
    void uneCelluleTropLonguePourUnePageSePoursuitSurLaSuivanteSansRienPerdre() throws Exception {
        StringBuilder motivation = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            motivation.append("argument").append(i).append(' ');
        }
        byte[] pdf = new DocumentPdf("x").paragraphe("avant")
                .tableau(new float[]{1, 4}, List.of("Rang", "Motivation"), List.of(List.of("1", motivation.toString()),
                        List.of("2", "courte")), 8)
                .octets();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String tout = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= 2000; i++) {
                assertTrue(tout.contains("argument" + i + " ") || tout.contains("argument" + i + "\n")
                        || tout.contains("argument" + i + "\r"), "argument" + i);
            }
            assertTrue(tout.contains("courte"), tout);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertTrue(s.getText(doc).startsWith("Rang Motivation"), s.getText(doc));
        }
    }
}
