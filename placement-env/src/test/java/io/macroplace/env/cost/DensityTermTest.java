package io.macroplace.env.cost;

import static io.macroplace.env.cost.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.cost.testing.NaiveProxyCost;
import io.macroplace.env.cost.testing.RandomDesigns;
import io.macroplace.env.cost.testing.Scramble;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DensityTermTest {

    @Test
    void agreesWithNaiveOnRandomDesigns() {
        for (long seed = 0; seed < 300; seed++) {
            RandomDesigns.Design d = RandomDesigns.design(seed);
            PlacementState st = PlacementState.of(d.netlist());
            CostModel m = CostModel.of(d.netlist(), d.settings());
            NaiveProxyCost naive = new NaiveProxyCost(d.netlist(), d.settings());
            DensityTerm term = new DensityTerm(m, st);
            SplittableRandom r = new SplittableRandom(seed);
            for (int round = 0; round < 3; round++) {
                double[] cells = naive.densities(st);
                for (int c = 0; c < cells.length; c++) {
                    assertClose(cells[c], term.cellDensity(c), 1e-12, "cell " + c + " seed " + seed);
                }
                double expected = naive.density(st);
                assertClose(expected, term.value(), 1e-12, "density seed " + seed);
                assertClose(expected, term.evaluateFromScratch(), 1e-12, "full density seed " + seed);
                Scramble.scramble(st, r, d.settings().cellWidth(), d.settings().cellHeight());
                term.reset();
            }
        }
    }

    private static DensityTerm grid(int cols, int rows, double[][] macros) throws Exception {
        NetlistBuilder b = new NetlistBuilder("hand");
        for (int i = 0; i < macros.length; i++) {
            double[] mm = macros[i]; // x0, y0, w, h, hard?
            b.addMacro("M" + i, mm[4] > 0, mm[2], mm[3], mm[0] + mm[2] / 2, mm[1] + mm[3] / 2, Orientation.N, i + 1);
        }
        Netlist n = b.build();
        CostSettings s = new CostSettings(10.0 * cols, 10.0 * rows, cols, rows, 1, 1, 1, 1, 0, 1, 0.5, 0.5, List.of(),
                PinMode.DEFAULT);
        return new DensityTerm(CostModel.of(n, s), PlacementState.of(n));
    }

    @Test
    void gridOfFewerThanTenCellsTakesTheMeanOfNonZeroCells() throws Exception {
        // 3 x 3 cells of 10 x 10: a hard macro fills cell 0, a soft macro half of cell 1
        DensityTerm t = grid(3, 3, new double[][] {{0, 0, 10, 10, 1}, {10, 0, 5, 10, 0}});
        assertEquals(1.0, t.cellDensity(0), 1e-15);
        assertEquals(0.5, t.cellDensity(1), 1e-15);
        assertEquals(0.5 * (1.5 / 2), t.value(), 1e-15);
        assertEquals(t.value(), t.evaluateFromScratch(), 1e-15);
    }

    @Test
    void fewerNonZeroCellsThanKStillDivideByK() throws Exception {
        // 5 x 4 = 20 cells, k = 2; one cell 80% covered
        DensityTerm t = grid(5, 4, new double[][] {{20, 10, 8, 10, 1}});
        assertEquals(0.5 * (0.8 / 2), t.value(), 1e-15);
        assertEquals(t.value(), t.evaluateFromScratch(), 1e-15);
    }

    @Test
    void topTenPercentOfCells() throws Exception {
        // 20 cells, k = 2: densities 1, 0.5, 0.25 -> 0.5 * (1 + 0.5) / 2
        DensityTerm t = grid(5, 4, new double[][] {{0, 0, 10, 10, 1}, {10, 0, 5, 10, 0}, {20, 0, 10, 2.5, 1}});
        assertEquals(0.375, t.value(), 1e-15);
        // overlapping macros add up; a macro straddling four cells splits its area
        DensityTerm u = grid(5, 4, new double[][] {{0, 0, 10, 10, 1}, {0, 0, 10, 10, 0}, {15, 15, 10, 10, 1}});
        assertEquals(2.0, u.cellDensity(0), 1e-15);
        assertEquals(0.25, u.cellDensity(1 * 5 + 1), 1e-15);
        assertEquals(0.25, u.cellDensity(2 * 5 + 2), 1e-15);
        assertEquals(0.5 * (2.0 + 0.25) / 2, u.value(), 1e-15);
    }
}
