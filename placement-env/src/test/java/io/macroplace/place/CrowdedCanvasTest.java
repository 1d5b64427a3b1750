package io.macroplace.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.construct.GreedyDecoder;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.cd.CdConfig;
import io.macroplace.place.cd.CoordinateDescentPlacer;
import io.macroplace.place.ea.EaConfig;
import io.macroplace.place.ea.EvolutionPlacer;
import io.macroplace.place.greedy.GreedyPlacer;
import io.macroplace.place.random.RandomPlacer;
import io.macroplace.place.registry.PlacerRegistry;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link TinyDesigns#crowded()}: many random draws leave the last macro no room. */
class CrowdedCanvasTest {

    @Test
    void paintedIntoACornerDrawsAreRedrawnOrReplacedAndEveryPlacerEndsLegal() {
        PlacementProblem p = TinyDesigns.crowded();
        GreedyDecoder d = GreedyDecoder.of(p, DecoderConfig.defaults());
        int[] order = MacroOrder.of(p.model());
        int failed = 0;
        for (long seed = 1; seed <= 40; seed++) {
            double[] x = new double[p.model().objectCount()];
            double[] y = new double[p.model().objectCount()];
            p.model().read(p.initial(), x, y);
            if (d.random(order, new SplittableRandom(seed), x, y) == Double.POSITIVE_INFINITY) {
                failed++;
            }
        }
        assertTrue(failed > 0, "the crowded canvas should defeat some random draws");
        for (String method : new String[] {"random", "greedy", "ea", "sa", "cd", "greedy+sa+cd"}) {
            for (long seed = 1; seed <= 5; seed++) {
                PlacementResult r = PlacerRegistry.builtIn().parse(method).place(p, seed, Duration.ofMillis(200), ProgressListener.NONE);
                assertTrue(r.legal(), method + " seed " + seed + ": " + r.legality());
            }
        }
    }

    @Test
    void placersWithSpacingKeepItWhenTheyFallBack() {
        // resolution 1 offers no 2 x 2 packing with a 5 micron gap, so greedy and random fall back
        PlacementProblem p = TinyDesigns.crowded();
        double spacing = 5;
        DecoderConfig g = DecoderConfig.defaults().withSpacing(spacing);
        int[] order = MacroOrder.of(p.model());
        double[][] c = p.initialCentres();
        assertEquals(Double.POSITIVE_INFINITY, GreedyDecoder.of(p, g).decode(order, new double[] {50, 50, 50, 50},
                new double[] {40, 40, 40, 40}, c[0], c[1]));
        Placer[] placers = {new GreedyPlacer(g), new RandomPlacer(g),
            new EvolutionPlacer(EaConfig.defaults().withDecoder(g).withMaxEvaluations(50)),
            new AnnealingPlacer(SaConfig.defaults().withSpacing(spacing).withMaxMoves(2000)),
            new CoordinateDescentPlacer(CdConfig.defaults().withSpacing(spacing))};
        for (Placer placer : placers) {
            for (long seed = 1; seed <= 3; seed++) {
                PlacementResult r = placer.place(p, seed, Duration.ofMillis(200), ProgressListener.NONE);
                LegalityReport spaced = Legality.check(p.netlist(), r.placement(), p.canvas(), Legality.DEFAULT_TOLERANCE,
                        spacing);
                assertTrue(spaced.legal(), placer.name() + " seed " + seed + ": " + spaced);
                assertTrue(r.legal(), placer.name() + " seed " + seed + ": " + r.legality());
            }
        }
    }

    @Test
    void aResultIsReportedLegalOnlyIfItKeepsItsPlacersSpacing() {
        PlacementProblem p = TinyDesigns.crowded();
        // greedy without spacing packs the four macros edge to edge
        PlacementResult packed = PlacerRegistry.builtIn().parse("greedy").place(p, 1, Duration.ofSeconds(5), ProgressListener.NONE);
        assertTrue(packed.legal());
        assertFalse(Legality.check(p.netlist(), packed.placement(), p.canvas(), Legality.DEFAULT_TOLERANCE, 5).legal());
        PlacementResult spaced = PlacerSupport.finish(p, "greedy", packed.placement(), 5, packed.runtime(), false);
        assertFalse(spaced.legal(), spaced.legality().toString());
        assertTrue(PlacerSupport.finish(p, "greedy", packed.placement(), 0, packed.runtime(), false).legal());
    }
}
