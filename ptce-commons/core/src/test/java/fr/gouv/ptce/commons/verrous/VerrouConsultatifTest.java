package fr.gouv.ptce.commons.verrous;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerrouConsultatifTest {

    @Test
    void deuxVerrousNePartagentJamaisUneCle() {
        Set<String> cles = new HashSet<>();
        for (VerrouConsultatif v : VerrouConsultatif.values()) {
            String cle = v.aDeuxEntiers() ? v.classe() + "/" + v.objet() : v.graine() + ":" + v.prefixe();
            assertTrue(cles.add(cle), v + " reprend la clé " + cle);
        }
        // one prefix may not be the start of another with the same seed (their texts could meet)
        for (VerrouConsultatif a : VerrouConsultatif.values()) {
            for (VerrouConsultatif b : VerrouConsultatif.values()) {
                if (a != b && !a.aDeuxEntiers() && !b.aDeuxEntiers() && a.graine() == b.graine()) {
                    assertTrue(!b.prefixe().startsWith(a.prefixe()), a + " / " + b);
                }
            }
        }
    }

    @Test
    void chaqueFormeDonneSaCleEtRefuseLAutre() {
        assertEquals("hashtextextended(?, 11)", VerrouConsultatif.DEPOT_STRUCTURE.sql());
        assertEquals("hashtextextended(?1, 11)", VerrouConsultatif.DEPOT_STRUCTURE.sql("?1"));
        assertEquals("ds-synchro:42", VerrouConsultatif.SYNCHRO_DS.texte(42));
        assertEquals(0x7074_6365, VerrouConsultatif.RELAIS_OUTBOX.classe());
        assertThrows(IllegalStateException.class, VerrouConsultatif.RELAIS_OUTBOX::sql);
        assertThrows(IllegalStateException.class, VerrouConsultatif.OUTBOX_AGREGAT::classe);
        assertTrue(Arrays.stream(VerrouConsultatif.values()).anyMatch(VerrouConsultatif::aDeuxEntiers));
    }
}
