package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferentielTerritorialTest {

    private final ReferentielTerritorial ref = ReferentielTerritorial.charger();

    @Test
    void tousLesDepartementsEtRegions() {
        assertEquals(101, ref.departements().size()); // 94 numbered + 2A/2B + 971-974, 976
        assertEquals(18, ref.regions().size());
        for (int i = 1; i <= 95; i++) {
            String code = String.format("%02d", i);
            if (i != 20) {
                assertTrue(ref.regionDuDepartement(code).isPresent(), code);
            }
        }
    }

    @Test
    void communeDepartementRegion() {
        assertEquals("Bretagne", ref.localiser("35238").orElseThrow().region());
        assertEquals("35", ref.localiser("35238").orElseThrow().departement());
        assertEquals("Corse", ref.localiser("2A004").orElseThrow().region());
        assertEquals("2B", ref.localiser("2B033").orElseThrow().departement());
        assertEquals("La Réunion", ref.localiser("97411").orElseThrow().region());
        assertEquals("974", ref.localiser("97411").orElseThrow().departement());
        assertEquals("Mayotte", ref.localiser("97611").orElseThrow().region());
        assertEquals("Île-de-France", ref.localiser("75056").orElseThrow().region());
        assertTrue(ref.localiser("20000").isEmpty());
        assertTrue(ref.localiser("97501").isEmpty());
        assertTrue(ref.localiser("3523").isEmpty());
        assertTrue(ref.localiser(null).isEmpty());
    }
}
