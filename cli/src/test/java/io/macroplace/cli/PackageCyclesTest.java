package io.macroplace.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No new package cycles across the whole tool: the main classes of every module on the command
 * line's class path (netlist-io, placement-env, rl-policy, cli), each package its own slice.
 * (placement-env's {@code PackageDependenciesTest} checks its layering rules and that a cycle is
 * reported.) Two dependencies are exempt: {@link Main}, the entry point, lists the commands that use
 * the {@code cli} package's options; and rl-policy's checkpoint file format ({@code rl.io}) carries
 * the trainer's {@code TrainingState} ({@code rl.train}), a cycle that predates this test.
 */
class PackageCyclesTest {

    @Test
    void noModuleHasAPackageCycle() {
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        JavaClasses main = new ClassFileImporter().withImportOption(mainOnly).importPackages("io.macroplace");
        for (String p : new String[] {"io.macroplace.netlist", "io.macroplace.env.mdp", "io.macroplace.place.sa",
            "io.macroplace.rl.ppo", "io.macroplace.cli.command"}) {
            assertTrue(main.containPackage(p), "the import should see " + p);
        }
        slices().matching("io.macroplace.(**)").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.equivalentTo(Main.class), DescribedPredicate.alwaysTrue())
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("io.macroplace.rl.io"),
                        JavaClass.Predicates.simpleName("TrainingState"))
                .check(main);
    }
}
