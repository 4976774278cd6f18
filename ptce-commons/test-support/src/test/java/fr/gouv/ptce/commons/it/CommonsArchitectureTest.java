package fr.gouv.ptce.commons.it;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ptce-commons is infrastructure only (ARCHITECTURE.md): it knows no service and holds no domain,
 * so that no business rule ends up shared, and owned by nobody, between the four services.
 */
class CommonsArchitectureTest {

    private static final String DOMAIN_WORDS =
            ".*(Candidature|Campagne|Convention|Echeance|Laureat|Lauréat|Porteur|Evaluat|Instruction|Decision"
                    + "|Financement|Enveloppe|Rapport|Reversement|Paiement|Comite|Jury|Subvention).*";

    private final JavaClasses commons = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.gouv.ptce.commons");

    @Test
    void lesClassesDeCommonsSontBienImportees() {
        assertTrue(commons.contain("fr.gouv.ptce.commons.outbox.Outbox"));
        assertTrue(commons.contain("fr.gouv.ptce.commons.inbox.EventInbox"));
        assertTrue(commons.contain("fr.gouv.ptce.commons.testing.TestInfrastructure"));
    }

    @Test
    void commonsNeDependDAucunService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fr.gouv.ptce.candidature..",
                        "fr.gouv.ptce.evaluation..", "fr.gouv.ptce.financement..", "fr.gouv.ptce.notification..")
                .because("les services dépendent de commons, jamais l'inverse")
                .check(commons);
        noClasses().should().resideOutsideOfPackage("fr.gouv.ptce.commons..").check(commons);
    }

    @Test
    void lesTachesPlanifieesDuKitNeDemarrentPasPendantLArret() {
        fr.gouv.ptce.commons.testing.ArchitectureRules.tachesPlanifieesArreteesAvecLeService("fr.gouv.ptce.commons")
                .allowEmptyShould(false).check(commons);
    }

    @Test
    void commonsNeContientPasDeDomaine() {
        noClasses().should().haveNameMatching(DOMAIN_WORDS)
                .because("commons ne porte que des briques techniques ; le métier vit dans les services")
                .check(commons);
    }
}
