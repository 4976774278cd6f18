package fr.gouv.ptce.commons.page;

import fr.gouv.ptce.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurseurTest {

    @Test
    void chaqueFormeDeCleSeRelitALIdentique() {
        Instant instant = Instant.parse("2023-07-12T09:30:00.123456789Z");
        UUID id = UUID.randomUUID();
        assertEquals(new Curseur.Position(instant, id), Curseur.position(Curseur.apres(instant, id)));
        assertEquals(42L, Curseur.sequence(Curseur.apres(42L), 0));
        assertEquals("PTCE-2026|A:b", Curseur.cle(Curseur.apres("PTCE-2026|A:b")));
    }

    @Test
    void leFormatEstUnBase64urlVersionneSansRemplissage() {
        String c = Curseur.apres(7L);
        assertTrue(c.matches("[A-Za-z0-9_-]+"), c);
        assertEquals("v1|7", new String(Base64.getUrlDecoder().decode(c), StandardCharsets.UTF_8));
    }

    @Test
    void unCurseurAbsentDonneLaPremierePage() {
        assertNull(Curseur.position(null));
        assertNull(Curseur.position(" "));
        assertEquals(0L, Curseur.sequence("", 0));
        assertNull(Curseur.cle(null));
    }

    @Test
    void unCurseurAltereEstUn400NommantCurseur() {
        String autreVersion = Base64.getUrlEncoder().withoutPadding().encodeToString("v0|1".getBytes(StandardCharsets.UTF_8));
        for (String faux : List.of("n'importe quoi", "%%%", autreVersion, Curseur.apres(7L) + "x", Curseur.apres("abc"))) {
            ProblemException e = assertThrows(ProblemException.class, () -> Curseur.sequence(faux, 0), faux);
            assertEquals(400, e.problem().status());
            assertEquals("curseur", e.problem().violations().get(0).champ());
        }
        // a sequence cursor is no (instant, id) position
        assertThrows(ProblemException.class, () -> Curseur.position(Curseur.apres(7L)));
    }

    @Test
    void unePageGardeLaTailleEtNeDonneUnCurseurQueSIlYAUneSuite() {
        Page<String> suite = Page.depuis(List.of(1L, 2L, 3L), 2, String::valueOf, Curseur::apres);
        assertEquals(List.of("1", "2"), suite.elements());
        assertEquals(2L, Curseur.sequence(suite.curseurSuivant(), 0));
        Page<String> derniere = Page.depuis(List.of(1L, 2L), 2, String::valueOf, Curseur::apres);
        assertEquals(List.of("1", "2"), derniere.elements());
        assertNull(derniere.curseurSuivant());
    }
}
