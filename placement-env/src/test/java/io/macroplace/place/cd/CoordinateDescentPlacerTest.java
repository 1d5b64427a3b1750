package io.macroplace.place.cd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.PlacerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoordinateDescentPlacerTest {
    private static final Duration BUDGET = Duration.ofSeconds(20);

    @Test
    void softDescentLowersTheCostOnlyByMovingSoftMacros() {
        PlacementProblem p = TinyDesigns.generated(31);
        PlacementResult greedy = PlacerRegistry.builtIn().parse("greedy").place(p, 1, BUDGET, ProgressListener.NONE);
        PlacementProblem start = p.withInitial(greedy.placement());
        // distance 0 and one pass: hard macros can only stay on their own cell centre or flip
        CdConfig hardOnly = CdConfig.defaults().withDistance(0).withPasses(1).withSoftDescent(false);
        PlacementResult without = new CoordinateDescentPlacer(hardOnly).place(start, 1, BUDGET, ProgressListener.NONE);
        PlacementResult with = new CoordinateDescentPlacer(hardOnly.withSoftDescent(true))
                .place(start, 1, BUDGET, ProgressListener.NONE);
        assertTrue(with.legal());
        assertTrue(with.costs().proxy() < without.costs().proxy() - 1e-6, with.costs() + " vs " + without.costs());

        MacroNetModel m = p.model();
        int softMoved = 0;
        for (int o = 0; o < m.objectCount(); o++) {
            int node = m.objNode[o];
            double dx = with.placement().x(node) - without.placement().x(node);
            double dy = with.placement().y(node) - without.placement().y(node);
            if (m.isHard(o)) {
                assertEquals(without.placement().x(node), with.placement().x(node), 0.0, "hard macro " + o);
                assertEquals(without.placement().y(node), with.placement().y(node), 0.0, "hard macro " + o);
            } else if (dx != 0 || dy != 0) {
                softMoved++;
            }
        }
        assertTrue(softMoved > 0);
    }

    @Test
    void aWiderSearchNeverEndsAboveItsStartAndIsDeterministic() {
        PlacementProblem p = TinyDesigns.generated(32);
        PlacementResult greedy = PlacerRegistry.builtIn().parse("greedy").place(p, 1, BUDGET, ProgressListener.NONE);
        PlacementProblem start = p.withInitial(greedy.placement());
        PlacementResult a = PlacerRegistry.builtIn().parse("cd").place(start, 1, BUDGET, ProgressListener.NONE);
        PlacementResult b = PlacerRegistry.builtIn().parse("cd").place(start, 2, BUDGET, ProgressListener.NONE);
        assertTrue(a.legal());
        assertTrue(a.costs().proxy() < greedy.costs().proxy(), a.costs() + " vs " + greedy.costs());
        assertEquals(a.placement(), b.placement());
    }
}
