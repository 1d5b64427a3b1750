package io.macroplace.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.ea.EaConfig;
import io.macroplace.place.ea.EvolutionPlacer;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlacersTest {

    private static Placer placer(String method) {
        return PlacerRegistry.builtIn().parse(method);
    }

    @Test
    void greedyIsDeterministicAndRandomFollowsItsSeed() {
        PlacementProblem p = TinyDesigns.generated(21);
        Duration b = Duration.ofSeconds(10);
        assertEquals(placer("greedy").place(p, 1, b, ProgressListener.NONE).placement(),
                placer("greedy").place(p, 2, b, ProgressListener.NONE).placement());
        assertEquals(placer("random").place(p, 5, b, ProgressListener.NONE).placement(),
                placer("random").place(p, 5, b, ProgressListener.NONE).placement());
        assertNotEquals(placer("random").place(p, 5, b, ProgressListener.NONE).placement(),
                placer("random").place(p, 6, b, ProgressListener.NONE).placement());
    }

    @Test
    void cancellingStopsAnnealingAndPipelinesEarlyWithALegalResult() {
        PlacementProblem p = TinyDesigns.generated(22);
        for (String method : new String[] {"sa", "greedy+sa+cd", "ea"}) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger calls = new AtomicInteger();
            ProgressListener l = new ProgressListener() {
                @Override
                public void progress(String stage, double fraction, double best) {
                    if (calls.incrementAndGet() >= 2) {
                        stop.set(true);
                    }
                }

                @Override
                public boolean cancelled() {
                    return stop.get();
                }
            };
            long t0 = System.nanoTime();
            PlacementResult r = placer(method).place(p, 3, Duration.ofMinutes(5), l);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 30, method + " ran " + seconds + " s after being cancelled");
            assertTrue(r.cancelled(), method);
            assertTrue(r.legal(), method);
        }
    }

    /**
     * From a known bad start, the generator's shelf-packed placement (1.13 on this design, where
     * the search methods reach about 0.91-0.93), annealing and coordinate descent each end at
     * least 0.1 lower. (Not "no worse than the start": that holds by construction, since both
     * keep the best placement seen.)
     */
    @Test
    void annealingAndDescentImproveABadStartByAStatedMargin() {
        PlacementProblem p = TinyDesigns.generated(23);
        double start = p.evaluator().evaluate(p.initial()).proxy();
        assertTrue(start > 1.1, "the shelf-packed start is the bad one this test is about: " + start);
        PlacementResult sa = PlacerRegistry.builtIn().parse("sa", MethodOptions.defaults().withSaMoves(10_000L))
                .place(p, 1, Duration.ofMinutes(1), ProgressListener.NONE);
        assertTrue(sa.costs().proxy() < start - 0.1, "sa " + sa.costs().proxy() + " from " + start);
        PlacementResult cd = placer("cd").place(p, 1, Duration.ofMinutes(1), ProgressListener.NONE);
        assertTrue(cd.costs().proxy() < start - 0.1, "cd " + cd.costs().proxy() + " from " + start);
        for (PlacementResult r : new PlacementResult[] {sa, cd}) {
            assertTrue(r.legal());
            assertEquals(p.evaluator().evaluate(r.placement()).proxy(), r.costs().proxy(), 1e-12,
                    "the reported cost is the placement's");
        }
    }

    @Test
    void annealingWithAMoveBudgetRepeatsWhateverTheTimeLimit() {
        PlacementProblem p = TinyDesigns.generated(24);
        Placer sa = PlacerRegistry.builtIn().parse("sa", MethodOptions.defaults().withSaMoves(20_000L));
        PlacementResult a = sa.place(p, 7, Duration.ofSeconds(30), ProgressListener.NONE);
        PlacementResult b = sa.place(p, 7, Duration.ofMinutes(10), ProgressListener.NONE);
        assertEquals(a.placement(), b.placement());
        assertEquals(a.costs().proxy(), b.costs().proxy());
        assertNotEquals(a.placement(), sa.place(p, 8, Duration.ofSeconds(30), ProgressListener.NONE).placement());
    }

    /**
     * The evolution searches orders for the greedy decode: 200 evaluations on this design give
     * hard-macro HPWL 2-3 % below the plain greedy order's (a seed of the search, so "no worse"
     * would hold by construction); at least 1 % is asked.
     */
    @Test
    void evolutionBeatsThePlainGreedyDecodeByAStatedMargin() {
        PlacementProblem p = TinyDesigns.generated(24);
        MacroNetModel m = p.model();
        PlacementResult greedy = placer("greedy").place(p, 1, Duration.ofSeconds(5), ProgressListener.NONE);
        PlacementResult ea = new EvolutionPlacer(EaConfig.defaults().withMaxEvaluations(200))
                .place(p, 9, Duration.ofSeconds(20), ProgressListener.NONE);
        double g = hardHpwl(p, m, greedy);
        double e = hardHpwl(p, m, ea);
        assertTrue(e < 0.99 * g, "ea " + e + " vs greedy " + g);
    }

    /** HPWL with the result's hard macros and the input's soft macros: the decode's objective (+ a constant). */
    private static double hardHpwl(PlacementProblem p, MacroNetModel m, PlacementResult r) {
        double[] x = new double[m.objectCount()];
        double[] y = new double[m.objectCount()];
        m.read(p.initial(), x, y);
        for (int o = 0; o < m.hardCount; o++) {
            x[o] = r.placement().x(m.objNode[o]);
            y[o] = r.placement().y(m.objNode[o]);
        }
        return m.hpwl(x, y);
    }
}
