package io.macroplace.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.ea.EaConfig;
import io.macroplace.place.ea.EvolutionPlacer;
import io.macroplace.place.registry.PlacerRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What placers report to their listener is the proxy cost (or NaN), never their own objective. */
class ProgressTest {

    /** Records every reported best value. */
    private static final class Recorder implements ProgressListener {
        final List<Double> best = new ArrayList<>();

        @Override
        public void progress(String stage, double fraction, double b) {
            best.add(b);
        }
    }

    @Test
    void everyPlacerReportsProxyCostsAndTheLastReportOfAConstructionIsItsResult() {
        PlacementProblem p = TinyDesigns.generated(25);
        Placer[] placers = {PlacerRegistry.builtIn().parse("greedy"), PlacerRegistry.builtIn().parse("random"),
            new EvolutionPlacer(EaConfig.defaults().withMaxEvaluations(40)),
            new EvolutionPlacer(EaConfig.defaults().withMaxEvaluations(12).withObjective(EaConfig.Objective.PROXY)),
            PlacerRegistry.builtIn().parse("cd"), PlacerRegistry.builtIn().parse("greedy+sa")};
        for (Placer placer : placers) {
            Recorder rec = new Recorder();
            // SA runs for its whole budget; the others stop on their own well before 5 s
            Duration budget = placer.name().contains("sa") ? Duration.ofMillis(500) : Duration.ofSeconds(5);
            PlacementResult r = placer.place(p, 2, budget, rec);
            double proxy = r.costs().proxy();
            assertFalse(rec.best.isEmpty(), placer.name() + " reported nothing");
            for (double b : rec.best) {
                // a best-so-far proxy is never below the best result
                assertTrue(Double.isNaN(b) || b >= proxy - 1e-9, placer.name() + " reported " + b + ", result " + proxy);
            }
            if (!placer.name().contains("sa")) {
                // SA reports every 16k moves, so its last report can lag; the others end on the result
                assertEquals(proxy, rec.best.get(rec.best.size() - 1), 1e-12, placer.name());
            }
        }
    }
}
