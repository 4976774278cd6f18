package fr.gouv.ptce.commons.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule refuses a fixture package that breaks it and accepts one that keeps it. */
class ArchitectureRulesTest {

    private final JavaClasses fautif = new ClassFileImporter().importPackages("fr.gouv.ptce.fauxservice");
    private final JavaClasses propre = new ClassFileImporter().importPackages("fr.gouv.ptce.propre");

    @Test
    void unServiceQuiEnImporteUnAutreEstRefuse() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.aucunAutreService("fauxservice", "autreservice").check(fautif));
        assertTrue(e.getMessage().contains("Regle"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.aucunAutreService("propre", "autreservice").check(propre));
    }

    @Test
    void unDomaineQuiSortDeJavaEtDesValeursDuKitEstRefuse() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.domaineEnJavaSimple("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("ObjectMapper"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.domaineEnJavaSimple("propre").check(propre));
    }

    @Test
    void uneCopieLocaleDUnBlocDuKitEstRefusee() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.pasDeCopieDuKit("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("fauxservice.web.Curseur"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.pasDeCopieDuKit("propre").check(propre));
    }

    @Test
    void unCycleEntreDeuxPaquetsEstRefuse() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.sansCycleDePaquets("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("paquet ressource") && e.getMessage().contains("paquet stockage"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.sansCycleDePaquets("propre").check(propre));
    }

    @Test
    void uneRessourceQuiTouchePersistanceEstRefusee() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.ressourcesSansPersistance("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("EntityManager"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.ressourcesSansPersistance("propre").check(propre));
    }

    @Test
    void uneRessourceQuiOuvreUneTransactionEstRefusee() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.transactionsHorsRessourcesMethodes("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("FauxResource.lire"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.transactionsHorsRessourcesMethodes("propre").check(propre));
        assertDoesNotThrow(() -> ArchitectureRules.transactionsHorsRessources("propre").check(propre));
    }

    @Test
    void unDepotPanacheEstRefuse() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureRules.sansDepotPanache("fauxservice").check(fautif));
        assertTrue(e.getMessage().contains("FauxDepot"), e.getMessage());
        assertDoesNotThrow(() -> ArchitectureRules.sansDepotPanache("propre").check(propre));
    }
}
