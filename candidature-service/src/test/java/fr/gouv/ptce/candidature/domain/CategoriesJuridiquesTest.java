package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The INSEE nomenclature (level III) as generated, and the "personne morale de droit privé" rule. */
class CategoriesJuridiquesTest {

    private final CategoriesJuridiques cj = CategoriesJuridiques.charger();

    @Test
    void laNomenclatureEstCompleteEtLibellee() {
        assertTrue(cj.taille() > 250, "catégories : " + cj.taille());
        assertEquals("Association déclarée", cj.trouver("9220").orElseThrow().libelle());
        assertEquals("Commune et commune nouvelle", cj.trouver("7210").orElseThrow().libelle());
        assertEquals("SAS, société par actions simplifiée", cj.trouver("5710").orElseThrow().libelle());
        assertTrue(cj.trouver("9999").isEmpty());
        assertTrue(cj.trouver("Association loi 1901").isEmpty());
        assertTrue(cj.trouver(null).isEmpty());
    }

    @Test
    void seulesLesPersonnesMoralesDeDroitPriveSontEligibles() {
        for (String prive : new String[]{"9220", "9300", "5460", "5710", "5499", "6317", "8210", "9221"}) {
            assertTrue(cj.trouver(prive).orElseThrow().estPersonneMoraleDeDroitPrive(), prive);
        }
        for (String refuse : new String[]{"1000", "2110", "3120", "4110", "7210", "7348", "7389", "9210", "0000"}) {
            CategoriesJuridiques.Categorie c = cj.trouver(refuse).orElseThrow();
            assertFalse(c.estPersonneMoraleDeDroitPrive(), refuse);
            assertFalse(c.motifDeRefus().isBlank(), refuse);
        }
        assertTrue(cj.trouver("7210").orElseThrow().motifDeRefus().contains("droit public"));
        assertTrue(cj.trouver("1000").orElseThrow().motifDeRefus().contains("personne physique"));
    }
}
