package io.macroplace.env.softmacro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.testing.SharedDesigns;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.greedy.GreedyPlacer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForceDirectedPlacerTest {

    @Test
    void onAriane133AfterHardMacrosMoveItBeatsLeavingClustersInPlaceQuicklyAndStaysInside() throws Exception {
        PlacementProblem p = PlacementProblem.load(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"),
                SharedDesigns.file("ariane133-ng45", "legalized.plc"));
        MacroNetModel m = p.model();
        // move the hard macros with the greedy placer; soft macros as legalized.plc has them
        PlacementResult greedy = new GreedyPlacer(DecoderConfig.defaults())
                .place(p.withSoftMacros(p.softMacros().withRounds(0)), 1, Duration.ofMinutes(1), ProgressListener.NONE);
        double[] x = new double[m.objectCount()];
        double[] y = new double[m.objectCount()];
        m.read(greedy.placement(), x, y);
        double[] sx = new double[m.objectCount()];
        double[] sy = new double[m.objectCount()];
        m.read(p.initial(), sx, sy);
        for (int o = m.hardCount; o < m.objectCount(); o++) {
            assertTrue(x[o] == sx[o] && y[o] == sy[o], "rounds 0 leaves soft macros in place");
        }
        Costs left = p.evaluator().evaluate(PlacerSupport.write(p, x, y));
        double[] hx = java.util.Arrays.copyOf(x, m.hardCount);
        long t0 = System.nanoTime();
        new ForceDirectedPlacer(m, p.canvas(), ForceDirectedConfig.defaults()).place(x, y);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Costs placed = p.evaluator().evaluate(PlacerSupport.write(p, x, y));
        assertTrue(placed.proxy() < left.proxy(), "force-directed " + placed + " vs left in place " + left);
        assertTrue(seconds < 5, "took " + seconds + " s");
        assertArrayEquals(hx, java.util.Arrays.copyOf(x, m.hardCount), "hard macros do not move");
        for (int o = m.hardCount; o < m.objectCount(); o++) {
            assertTrue(x[o] - m.objW[o] / 2 >= -1e-9 && x[o] + m.objW[o] / 2 <= p.canvas().width() + 1e-9);
            assertTrue(y[o] - m.objH[o] / 2 >= -1e-9 && y[o] + m.objH[o] / 2 <= p.canvas().height() + 1e-9);
        }
    }

    @Test
    void isDeterministic() throws Exception {
        PlacementProblem p = io.macroplace.env.problem.TinyDesigns.generated(3);
        MacroNetModel m = p.model();
        double[][] a = p.initialCentres();
        double[][] b = p.initialCentres();
        new ForceDirectedPlacer(m, p.canvas(), ForceDirectedConfig.defaults()).place(a[0], a[1]);
        new ForceDirectedPlacer(m, p.canvas(), ForceDirectedConfig.defaults()).place(b[0], b[1]);
        assertArrayEquals(a[0], b[0], 0.0);
        assertArrayEquals(a[1], b[1], 0.0);
    }
}
