package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code officiel géographique as generated from @etalab/decoupage-administratif. */
class ReferentielTerritorialTest {

    private final ReferentielTerritorial ref = ReferentielTerritorial.charger();

    @Test
    void tousLesDepartementsEtLesCollectivitesRetenues() {
        // 94 numbered + 2A/2B + 971-974, 976 + the COM 975, 977, 978
        assertEquals(104, ref.departements().size());
        assertEquals(21, ref.regions().size()); // 18 régions + the three COM, each its own
        for (int i = 1; i <= 95; i++) {
            String code = String.format("%02d", i);
            if (i != 20) {
                assertTrue(ref.regionDuDepartement(code).isPresent(), code);
            }
        }
    }

    @Test
    void communesActuellesDeMetropoleDeCorseEtDOutreMer() {
        assertCommune("35238", "35238", "Rennes", "35", "Bretagne");
        assertCommune("2A004", "2A004", "Ajaccio", "2A", "Corse");
        assertCommune("2B033", "2B033", "Bastia", "2B", "Corse");
        assertCommune("97411", "97411", "Saint-Denis", "974", "La Réunion");
        assertCommune("97611", "97611", "Mamoudzou", "976", "Mayotte");
        assertCommune("97502", "97502", "Saint-Pierre", "975", "Saint-Pierre-et-Miquelon");
        assertCommune("75056", "75056", "Paris", "75", "Île-de-France");
    }

    @Test
    void uneCommuneFusionneeMeneASaCommuneActuelle() {
        // Boufféré, commune déléguée of Montaigu-Vendée since 1 January 2019
        assertCommune("85027", "85146", "Montaigu-Vendée", "85", "Pays de la Loire");
        // Lamarche-en-Woëvre: associated first with Heudicourt, now with Nonsard-Lamarche
        assertCommune("55273", "55386", "Nonsard-Lamarche", "55", "Grand Est");
        // a municipal arrondissement leads to its commune, Corsica's pre-1976 code to the current one
        assertCommune("13201", "13055", "Marseille", "13", "Provence-Alpes-Côte d'Azur");
        assertCommune("20004", "2A004", "Ajaccio", "2A", "Corse");
    }

    @Test
    void codeInconnuOuHorsDuChampDeLAppel() {
        assertTrue(ref.localiser("35999").isEmpty()); // a well-formed code that no commune ever had
        assertTrue(ref.localiser("98818").isEmpty()); // Nouméa: New Caledonia is outside the call
        assertTrue(ref.localiser("98735").isEmpty()); // Papeete
        assertTrue(ref.localiser("3523").isEmpty());
        assertTrue(ref.localiser(null).isEmpty());
    }

    private void assertCommune(String saisi, String code, String nom, String departement, String region) {
        Territoire t = ref.localiser(saisi).orElseThrow(() -> new AssertionError(saisi + " inconnu"));
        assertEquals(code, t.codeCommune(), saisi);
        assertEquals(nom, t.nomCommune(), saisi);
        assertEquals(departement, t.departement(), saisi);
        assertEquals(region, t.region(), saisi);
    }
}
