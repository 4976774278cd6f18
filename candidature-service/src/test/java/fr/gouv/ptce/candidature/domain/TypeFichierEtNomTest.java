package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeFichierEtNomTest {

    @Test
    void reconnaitLeContenu() {
        assertEquals(Optional.of(TypeFichier.PDF), TypeFichier.reconnaitre("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(TypeFichier.JPEG), TypeFichier.reconnaitre(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}));
        assertTrue(TypeFichier.reconnaitre("<html>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(TypeFichier.reconnaitre(new byte[]{'P', 'K', 3, 4, 0, 0}).isEmpty()); // damaged zip
        assertTrue(TypeFichier.reconnaitre(new byte[0]).isEmpty());
    }

    @Test
    void uneExtensionQuiContreditLeContenuEstUnDeguisement() {
        assertTrue(TypeFichier.extensionContredit("statuts.pdf", TypeFichier.PNG));
        assertTrue(TypeFichier.extensionContredit("statuts.exe", TypeFichier.PDF));
        assertFalse(TypeFichier.extensionContredit("statuts.PDF", TypeFichier.PDF));
        assertFalse(TypeFichier.extensionContredit("photo.jpeg", TypeFichier.JPEG));
        assertFalse(TypeFichier.extensionContredit("statuts", TypeFichier.PDF));
    }

    @Test
    void nettoieLesNoms() {
        assertEquals("passwd", NomDeFichier.nettoyer("../../etc/passwd"));
        assertEquals("budget.xlsx", NomDeFichier.nettoyer("C:\\Users\\moi\\budget.xlsx"));
        assertEquals("a_b_.pdf", NomDeFichier.nettoyer("a<b>.pdf"));
        assertEquals("htaccess", NomDeFichier.nettoyer(".htaccess"));
        assertEquals("piece", NomDeFichier.nettoyer("  "));
        assertEquals("piece", NomDeFichier.nettoyer(null));
        String long_ = "x".repeat(400) + ".pdf";
        String net = NomDeFichier.nettoyer(long_);
        assertEquals(150, net.length());
        assertTrue(net.endsWith(".pdf"));
        assertEquals("Statuts signés.pdf", NomDeFichier.nettoyer("Statuts\u200E signés.pdf".replace("\u200E", "")));
    }
}
