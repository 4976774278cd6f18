package fr.gouv.ptce.commons.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FichierCsvTest {

    @Test
    void unFichierPourTableurCommenceParLeBomEtFinitSesLignesParCrlf() {
        String csv = FichierCsv.pourTableur("a", "b").ligne("1", FichierCsv.texte("Pôle")).contenu();
        assertEquals("\uFEFFa;b\r\n1;Pôle\r\n", csv);
    }

    @Test
    void unFichierPourImportNAPasDeBom() {
        assertEquals("a;b\r\n;x\r\n", FichierCsv.pourImport("a", "b").ligne(null, "x").contenu());
    }

    @Test
    void unFichierDeDonneesOuvertesEstSepareParDesVirgulesEtCiteLesVirgules() {
        String csv = FichierCsv.pourDonneesOuvertes("nom", "montant", "objet")
                .ligne(FichierCsv.texte("Pôle du Val, Scic"), "100000.00", FichierCsv.texte("dit \"oui\", puis; non"))
                .contenu();
        assertEquals("nom,montant,objet\r\n\"Pôle du Val, Scic\",100000.00,\"dit \"\"oui\"\", puis; non\"\r\n", csv);
    }

    @Test
    void leTexteEstCiteSelonLaRfc4180EtNeDevientJamaisUneFormule() {
        assertEquals("\"a;b\"", FichierCsv.texte("a;b"));
        assertEquals("\"il dit \"\"oui\"\"\"", FichierCsv.texte("il dit \"oui\""));
        assertEquals("\"deux\nlignes\"", FichierCsv.texte("deux\nlignes"));
        assertEquals("'=1+1", FichierCsv.texte("=1+1"));
        assertEquals("'+33 1", FichierCsv.texte("+33 1"));
        assertEquals("'-x", FichierCsv.texte("-x"));
        assertEquals("'@SOMME(A1)", FichierCsv.texte("@SOMME(A1)"));
        assertEquals("\"'=Pôle; \"\"Val\"\"\"", FichierCsv.texte("=Pôle; \"Val\""));
        assertEquals("", FichierCsv.texte(null));
        assertEquals("a=b", FichierCsv.texte("a=b"));
    }

    @Test
    void lesDecimalesSontEcritesAvecUneVirgule() {
        assertEquals("4,25", FichierCsv.decimalFrancais(new BigDecimal("4.25")));
        assertEquals("-0,50", FichierCsv.decimalFrancais(new BigDecimal("-0.50")));
        assertEquals("", FichierCsv.decimalFrancais(null));
    }
}
