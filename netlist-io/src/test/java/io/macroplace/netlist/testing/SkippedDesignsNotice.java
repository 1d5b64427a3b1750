package io.macroplace.netlist.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a module's tests when some were skipped because the reference
 * designs folder is absent, so that {@code mvn verify}'s console says why (Surefire's summary only
 * counts skips; the reason is in its XML). Registered through META-INF/services; reaches every
 * module whose tests use {@link SharedDesigns}, through netlist-io's test jar.
 */
public final class SkippedDesignsNotice implements TestExecutionListener {
    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int skipped = SharedDesigns.skippedForMissingFolder();
        if (skipped > 0) {
            System.out.println("[macroplace] " + skipped + (skipped == 1 ? " test" : " tests")
                    + " skipped: reference designs not found at " + SharedDesigns.locate()
                    + " (../shared/designs beside the checkout)");
        }
    }
}
