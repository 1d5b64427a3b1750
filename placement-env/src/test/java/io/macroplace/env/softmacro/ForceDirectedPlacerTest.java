package io.macroplace.env.softmacro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
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

    /**
     * A hand-made design (no shared data) whose answer is known: on a 100 x 80 canvas, soft macro S
     * (10 x 6) hangs on two 2-pin nets, weight 1.5 to port A at (0, 40) and 0.5 to port B at
     * (100, 40); soft macro T (8 x 6) on one net to port C at (60, 0). Pulled to each net's pin
     * centroid, S comes to rest at the weighted mean of its ports, (1.5 * 0 + 0.5 * 100) / 2 = 25
     * and 40; T at C, but kept inside the canvas by its half height: (60, 3). The hard macro H does
     * not move. A pass that did nothing would leave S at (60, 70) and T at (20, 70).
     */
    @Test
    void pullsSoftMacrosToTheWeightedMeanOfTheirConnections() throws Exception {
        NetlistBuilder b = new NetlistBuilder("hand-made");
        int a = b.addPort("A", 0, 40, PortSide.LEFT, 1);
        int bp = b.addPort("B", 100, 40, PortSide.RIGHT, 2);
        int c = b.addPort("C", 60, 0, PortSide.BOTTOM, 3);
        int h = b.addMacro("H", true, 10, 10, 85, 60, Orientation.N, 4);
        int sNode = b.addMacro("S", false, 10, 6, 60, 70, Orientation.N, 5);
        int sa = b.addPin("S/a", "S", 0, 0, Double.NaN, Double.NaN, 1.0, 6);
        int sb = b.addPin("S/b", "S", 0, 0, Double.NaN, Double.NaN, 1.0, 7);
        int tNode = b.addMacro("T", false, 8, 6, 20, 70, Orientation.N, 8);
        int ta = b.addPin("T/a", "T", 0, 0, Double.NaN, Double.NaN, 1.0, 9);
        b.addNet(a, new int[] {sa}, 1.5, 10);
        b.addNet(bp, new int[] {sb}, 0.5, 11);
        b.addNet(c, new int[] {ta}, 1.0, 12);
        Netlist n = b.build();
        PlacementProblem p = PlacementProblem.of(n,
                CostSettings.resolve(n, PlcHeader.EMPTY.withCanvas(100, 80).withGrid(10, 8)), Placement.of(n));
        MacroNetModel m = p.model();
        double[][] xy = p.initialCentres();
        new ForceDirectedPlacer(m, p.canvas(), ForceDirectedConfig.defaults()).place(xy[0], xy[1]);
        int s = object(m, sNode);
        int t = object(m, tNode);
        int hard = object(m, h);
        assertEquals(25.0, xy[0][s], 1e-9, "S x");
        assertEquals(40.0, xy[1][s], 1e-9, "S y");
        assertEquals(60.0, xy[0][t], 1e-9, "T x");
        assertEquals(3.0, xy[1][t], 1e-9, "T y");
        assertEquals(85.0, xy[0][hard], 0.0, "H x");
        assertEquals(60.0, xy[1][hard], 0.0, "H y");
    }

    private static int object(MacroNetModel m, int node) {
        for (int o = 0; o < m.objectCount(); o++) {
            if (m.objNode[o] == node) {
                return o;
            }
        }
        throw new AssertionError("node " + node + " is no object of the model");
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
