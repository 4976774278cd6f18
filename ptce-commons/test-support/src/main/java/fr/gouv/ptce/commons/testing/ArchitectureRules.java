package fr.gouv.ptce.commons.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every service checks in its own tests: it imports no other service; its
 * {@code domain} package is plain Java (no Quarkus, Jakarta, Hibernate, Jackson, Kafka, JDBC).
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("candidature", "evaluation", "financement", "notification");

    private ArchitectureRules() {
    }

    public static void check(String service) {
        String base = "fr.gouv.ptce." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAPackage("fr.gouv.ptce." + other + "..")
                        .because("un service n'importe jamais le code d'un autre : ils échangent des événements")
                        .check(classes);
            }
        }
        classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", base + ".domain..")
                .because("les règles métier restent du Java simple, testable sans Quarkus")
                .allowEmptyShould(false)
                .check(classes);
    }
}
