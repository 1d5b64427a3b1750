package io.macroplace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of netlist-io and placement-env (main classes, from their bytecode): no
 * package cycles; the environment ({@code env.*}) never depends on placers ({@code place.*}); the
 * placer API package ({@code place}) depends on none of its implementations.
 */
class PackageDependenciesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.macroplace");
    }

    /** Every package its own slice: a cycle between any two packages (or more) is a violation. */
    static ArchRule noPackageCycles() {
        return slices().matching("io.macroplace.(**)").should().beFreeOfCycles();
    }

    @Test
    void packagesFormNoCycle() {
        assertTrue(main.containPackage("io.macroplace.place.sa") && main.containPackage("io.macroplace.env.mdp"),
                "the import should see placement-env's main classes");
        noPackageCycles().check(main);
    }

    @Test
    void theEnvironmentDoesNotDependOnPlacers() {
        noClasses().that().resideInAPackage("io.macroplace.env..")
                .should().dependOnClassesThat().resideInAPackage("io.macroplace.place..")
                .check(main);
    }

    @Test
    void thePlacerApiDependsOnNoImplementation() {
        noClasses().that().resideInAPackage("io.macroplace.place")
                .should().dependOnClassesThat().resideInAPackage("io.macroplace.place.(*)..")
                .check(main);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.macroplace.architecture.cycle");
        EvaluationResult r = noPackageCycles().evaluate(fixture);
        assertTrue(r.hasViolation(), "two packages that import each other must be reported");
        assertTrue(r.getFailureReport().toString().contains("cycle.a") && r.getFailureReport().toString().contains("cycle.b"),
                r.getFailureReport().toString());
    }
}
