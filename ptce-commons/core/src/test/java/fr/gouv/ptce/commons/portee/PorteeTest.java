package fr.gouv.ptce.commons.portee;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PorteeTest {

    @Test
    void nationalIsOnlyGrantedByItsExplicitValue() {
        assertTrue(Portee.depuis(List.of("national")).estNationale());
        assertTrue(Portee.depuis(List.of(" National ")).estNationale());
        assertTrue(Portee.depuis(List.of("Bretagne", "national")).estNationale(), "national wins over régions");
        assertFalse(Portee.depuis(List.of("Bretagne")).estNationale());
    }

    @Test
    void aMissingOrBlankScopeCoversNothing() {
        for (Portee p : List.of(Portee.depuis(null), Portee.depuis(List.of()), Portee.depuis(Arrays.asList(" ", null)))) {
            assertEquals(Portee.aucune(), p);
            assertFalse(p.couvre("Bretagne"));
            assertFalse(p.couvre(null));
            assertEquals("1 = 0", p.condition("region", "regions"));
            assertFalse(p.aLier());
        }
    }

    @Test
    void aRegionalScopeCoversItsRegionsOnly() {
        Portee p = Portee.depuis(List.of(" Bretagne", "Normandie", "Bretagne"));
        assertEquals(Set.of("Bretagne", "Normandie"), p.regions());
        assertTrue(p.couvre("Bretagne"));
        assertTrue(p.couvre("Normandie "));
        assertFalse(p.couvre("Occitanie"));
        assertFalse(p.couvre(null), "a file without a région is for the national cell");
        assertEquals("d.region in (:regions)", p.condition("d.region", "regions"));
        assertTrue(p.aLier());
    }

    @Test
    void nationalCoversEveryFileEvenWithoutRegion() {
        Portee p = Portee.nationale();
        assertTrue(p.couvre("Occitanie"));
        assertTrue(p.couvre(null));
        assertEquals("1 = 1", p.condition("region", "regions"));
        assertFalse(p.aLier());
        assertEquals(Set.of(), p.regions());
    }
}
