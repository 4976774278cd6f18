package fr.gouv.ptce.commons.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service checks in its own tests ({@link #check(String)} runs them
 * all on the service's main classes):
 * <ul>
 * <li>{@link #aucunAutreService}: a service imports no other service's packages;</li>
 * <li>{@link #domaineEnJavaSimple}: its {@code domain} package depends on {@code java.*}, the JDK's
 * cryptography ({@code javax.crypto}: HMAC, AES, part of {@code java.base}), itself and the kit's
 * value types ({@code fr.gouv.ptce.commons.valeurs}) only;</li>
 * <li>{@link #pasDeCopieDuKit}: no class of the service is named like a building block of the kit
 * (page, cursor, money, back-off, rate limiter, transition refusal): it uses the kit's;</li>
 * <li>{@link #sansCycleDePaquets}: no two packages of the service import each other, even through a third;</li>
 * <li>{@link #ressourcesSansPersistance}: a REST resource never touches an entity, a repository nor the
 * database: it calls a service;</li>
 * <li>{@link #transactionsHorsRessources}: a transaction is opened by a service, a consumer or a job,
 * never by a resource (nor by the domain, which has no Jakarta at all);</li>
 * <li>{@link #sansDepotPanache}: entities are Panache active records, no repository classes (one
 * data-access pattern in every service);</li>
 * <li>{@link #tachesPlanifieesArreteesAvecLeService}: no scheduled job starts a tick once the service
 * has begun to stop (Quarkus's {@code ApplicationNotRunning} predicate on every {@code @Scheduled}).</li>
 * </ul>
 */
public final class ArchitectureRules {

    public static final List<String> SERVICES = List.of("candidature", "evaluation", "financement", "notification");

    /** Simple names that belong to the kit only (ptce-commons): a service class so named is a copy. */
    static final String NOMS_DU_KIT = "(Page|Pagination?Page|.*Curseur|.*Cursor|Montants?|.*Money|Reessai|Relance"
            + "|.*Back[oO]ff|.*RateLimiter|.*LimiteurDebit|.*LimiteurDeDebit|SeauDeJetons|TokenBucket"
            + "|TransitionInterditeException|VerrouConsultatif|.*AdvisoryLock.*)";

    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";

    private ArchitectureRules() {
    }

    public static void check(String service) {
        JavaClasses classes = classesDe(service);
        List<AssertionError> echecs = new ArrayList<>();
        for (ArchRule regle : regles(service)) {
            try {
                regle.check(classes);
            } catch (AssertionError e) {
                echecs.add(e);
            }
        }
        if (!echecs.isEmpty()) {
            AssertionError tout = new AssertionError(echecs.size() + " règle(s) d'architecture enfreinte(s) :\n"
                    + String.join("\n", echecs.stream().map(Throwable::getMessage).toList()));
            echecs.forEach(tout::addSuppressed);
            throw tout;
        }
    }

    public static JavaClasses classesDe(String service) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.gouv.ptce." + service);
    }

    public static List<ArchRule> regles(String service) {
        List<ArchRule> regles = new ArrayList<>();
        for (String autre : SERVICES) {
            if (!autre.equals(service)) {
                regles.add(aucunAutreService(service, autre));
            }
        }
        regles.add(domaineEnJavaSimple(service));
        regles.add(pasDeCopieDuKit(service));
        regles.add(sansCycleDePaquets(service));
        regles.add(ressourcesSansPersistance(service));
        regles.add(transactionsHorsRessources(service));
        regles.add(transactionsHorsRessourcesMethodes(service));
        regles.add(sansDepotPanache(service));
        regles.add(tachesPlanifieesArreteesAvecLeService("fr.gouv.ptce." + service));
        return regles;
    }

    public static ArchRule aucunAutreService(String service, String autre) {
        return noClasses().that().resideInAPackage("fr.gouv.ptce." + service + "..")
                .should().dependOnClassesThat().resideInAPackage("fr.gouv.ptce." + autre + "..")
                .because("un service n'importe jamais le code d'un autre : ils échangent des événements");
    }

    public static ArchRule domaineEnJavaSimple(String service) {
        String base = "fr.gouv.ptce." + service;
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        base + ".domain..", "fr.gouv.ptce.commons.valeurs..")
                .because("les règles métier restent du Java simple (et les types valeur du kit), testables sans Quarkus")
                .allowEmptyShould(false);
    }

    public static ArchRule pasDeCopieDuKit(String service) {
        return noClasses().that().resideInAPackage("fr.gouv.ptce." + service + "..")
                .should().haveNameMatching(".*[.$]" + NOMS_DU_KIT)
                .because("page, curseur, montant, réessai, limiteur de débit et refus de transition viennent du kit "
                        + "ptce-commons (fr.gouv.ptce.commons.page, .valeurs, .verrous, .http) : pas de copie locale");
    }

    public static ArchRule sansCycleDePaquets(String service) {
        return slices().matching("fr.gouv.ptce." + service + ".(*)..").namingSlices("paquet $1")
                .should().beFreeOfCycles()
                .because("un paquet dépend de ceux qu'il utilise, jamais l'inverse : les cycles empêchent de "
                        + "comprendre ou de déplacer une fonctionnalité seule");
    }

    public static ArchRule ressourcesSansPersistance(String service) {
        return noClasses().that().resideInAPackage("fr.gouv.ptce." + service + "..")
                .and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                        "javax.sql..", "io.agroal..", "org.hibernate..")
                .because("une ressource REST traduit HTTP et appelle un service ; les entités, les dépôts et la base "
                        + "appartiennent aux services")
                .allowEmptyShould(true);
    }

    public static ArchRule transactionsHorsRessources(String service) {
        return noClasses().that().resideInAPackage("fr.gouv.ptce." + service + "..")
                .and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().beAnnotatedWith("jakarta.transaction.Transactional")
                .because("la transaction appartient au service (ou au consommateur, au job) qui change l'état, pas à la ressource")
                .allowEmptyShould(true);
    }

    public static ArchRule transactionsHorsRessourcesMethodes(String service) {
        return noMethods().that().areDeclaredInClassesThat().resideInAPackage("fr.gouv.ptce." + service + "..")
                .and().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().beAnnotatedWith("jakarta.transaction.Transactional")
                .because("la transaction appartient au service (ou au consommateur, au job) qui change l'état, pas à la ressource")
                .allowEmptyShould(true);
    }

    public static ArchRule sansDepotPanache(String service) {
        return noClasses().that().resideInAPackage("fr.gouv.ptce." + service + "..")
                .should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .because("un seul style d'accès aux données : l'entité Panache porte ses requêtes (enregistrement actif)")
                .allowEmptyShould(true);
    }

    /**
     * A tick that starts while the process stops meets a closed pool, a closed Kafka producer or an
     * interrupted transaction, and logs an error for nothing (the next start does the work). Quarkus
     * skips the tick when {@code skipExecutionIf} names its {@code ApplicationNotRunning} predicate;
     * a job declared without it is the error that shows up only at the next rolling update.
     */
    public static ArchRule tachesPlanifieesArreteesAvecLeService(String paquet) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(paquet + "..")
                .and().areAnnotatedWith(SCHEDULED)
                .should(new ArchCondition<JavaMethod>("ne pas démarrer pendant l'arrêt du service") {
                    @Override
                    public void check(JavaMethod methode, ConditionEvents events) {
                        Object predicat = methode.getAnnotationOfType(SCHEDULED).get("skipExecutionIf").orElse(null);
                        if (!(predicat instanceof JavaClass c) || !c.getName().equals(SCHEDULED + "$ApplicationNotRunning")) {
                            events.add(SimpleConditionEvent.violated(methode, methode.getFullName()
                                    + " : @Scheduled sans skipExecutionIf = Scheduled.ApplicationNotRunning.class"));
                        }
                    }
                })
                .because("une tâche lancée pendant l'arrêt ne rencontre que des ressources fermées")
                .allowEmptyShould(true);
    }
}
