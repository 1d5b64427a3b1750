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
import io.macroplace.netlist.PortSide;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Routing shapes, smoothing and macro blockage by hand on a 5 x 5 grid of 10 x 10 cells with
 * 0.1 routes per micron (so normalisation divides by 1), and the term against the naive reference.
 */
class CongestionTermTest {
    private static final int N = 5;

    @Test
    void agreesWithNaiveOnRandomDesigns() {
        for (long seed = 0; seed < 300; seed++) {
            RandomDesigns.Design d = RandomDesigns.design(seed);
            PlacementState st = PlacementState.of(d.netlist());
            CostModel m = CostModel.of(d.netlist(), d.settings());
            NaiveProxyCost naive = new NaiveProxyCost(d.netlist(), d.settings());
            CongestionTerm term = new CongestionTerm(m, st);
            SplittableRandom r = new SplittableRandom(seed);
            for (int round = 0; round < 3; round++) {
                double[][] demand = naive.demand(st);
                for (int c = 0; c < m.cellCount(); c++) {
                    assertClose(demand[0][c], term.totalV(c), 1e-12, "V cell " + c + " seed " + seed);
                    assertClose(demand[1][c], term.totalH(c), 1e-12, "H cell " + c + " seed " + seed);
                }
                double expected = naive.congestion(st);
                assertClose(expected, term.value(), 1e-12, "congestion seed " + seed);
                assertClose(expected, term.evaluateFromScratch(), 1e-12, "full congestion seed " + seed);
                Scramble.scramble(st, r, d.settings().cellWidth(), d.settings().cellHeight());
                term.reset();
            }
        }
    }

    /** Each net: cells {col, row}, the first being the driver's; all pins are ports at cell centres. */
    private static CongestionTerm nets(int smoothing, int[][]... nets) throws Exception {
        NetlistBuilder b = new NetlistBuilder("hand");
        int line = 1;
        for (int i = 0; i < nets.length; i++) {
            int driver = -1;
            for (int j = 0; j < nets[i].length; j++) {
                String name = "n" + i + "p" + j;
                int id = b.addPort(name, nets[i][j][0] * 10 + 5, nets[i][j][1] * 10 + 5, PortSide.NONE, line++);
                if (j == 0) {
                    driver = id;
                } else {
                    b.addInput(driver, name, line);
                }
            }
        }
        return term(b.build(), smoothing, 0, 0);
    }

    private static CongestionTerm term(Netlist n, int smoothing, double macroH, double macroV) {
        CostSettings s = new CostSettings(10.0 * N, 10.0 * N, N, N, 0.1, 0.1, macroH, macroV, smoothing, 1, 0.5, 0.5,
                List.of(), PinMode.DEFAULT);
        CostModel m = CostModel.of(n, s);
        PlacementState st = PlacementState.of(n);
        CongestionTerm t = new CongestionTerm(m, st);
        // the full kernel must say the same as the incremental structures
        double[] v = new double[m.cellCount()];
        double[] h = new double[m.cellCount()];
        CongestionKernel.demand(m, st, v, h);
        for (int c = 0; c < m.cellCount(); c++) {
            assertEquals(v[c], t.totalV(c), 1e-15, "V of cell " + c);
            assertEquals(h[c], t.totalH(c), 1e-15, "H of cell " + c);
        }
        return t;
    }

    /** Expected grids, top row first as drawn, {col, row, value} triples elsewhere 0. */
    private static void expect(CongestionTerm t, double[][] v, double[][] h) {
        double[] ev = new double[N * N];
        double[] eh = new double[N * N];
        for (double[] e : v) {
            ev[(int) e[1] * N + (int) e[0]] += e[2];
        }
        for (double[] e : h) {
            eh[(int) e[1] * N + (int) e[0]] += e[2];
        }
        for (int c = 0; c < N * N; c++) {
            assertEquals(ev[c], t.totalV(c), 1e-12, "V at col " + c % N + " row " + c / N);
            assertEquals(eh[c], t.totalH(c), 1e-12, "H at col " + c % N + " row " + c / N);
        }
    }

    @Test
    void twoCellNetRunsHOnTheSourceRowAndVOnTheSinkColumn() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{0, 0}, {3, 2}});
        expect(t, new double[][] {{3, 0, 1}, {3, 1, 1}}, new double[][] {{0, 0, 1}, {1, 0, 1}, {2, 0, 1}});
        // sink left of and below the source: ranges are [min, max) whatever the direction
        CongestionTerm u = nets(0, new int[][] {{3, 2}, {0, 0}});
        expect(u, new double[][] {{0, 0, 1}, {0, 1, 1}}, new double[][] {{0, 2, 1}, {1, 2, 1}, {2, 2, 1}});
    }

    @Test
    void threeCellCaseA() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{2, 2}, {0, 0}, {4, 4}});
        expect(t, new double[][] {{2, 0, 1}, {2, 1, 1}, {4, 2, 1}, {4, 3, 1}},
                new double[][] {{0, 0, 1}, {1, 0, 1}, {2, 2, 1}, {3, 2, 1}});
    }

    @Test
    void threeCellCaseB() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{3, 4}, {0, 0}, {3, 2}});
        expect(t, new double[][] {{3, 0, 1}, {3, 1, 1}, {3, 2, 1}, {3, 3, 1}},
                new double[][] {{0, 0, 1}, {1, 0, 1}, {2, 0, 1}});
    }

    @Test
    void threeCellCaseC() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{0, 4}, {2, 1}, {4, 1}});
        expect(t, new double[][] {{2, 1, 1}, {2, 2, 1}, {2, 3, 1}},
                new double[][] {{0, 4, 1}, {1, 4, 1}, {2, 1, 1}, {3, 1, 1}});
    }

    @Test
    void threeCellCaseDIsATee() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{0, 2}, {2, 0}, {4, 4}});
        expect(t, new double[][] {{2, 0, 1}, {2, 1, 1}, {4, 2, 1}, {4, 3, 1}},
                new double[][] {{0, 2, 1}, {1, 2, 1}, {2, 2, 1}, {3, 2, 1}});
    }

    @Test
    void moreThanThreeCellsIsAStarFromTheSourceAndRepeatedCellsCountOnce() throws Exception {
        CongestionTerm t = nets(0, new int[][] {{2, 2}, {0, 0}, {4, 0}, {2, 4}, {0, 0}});
        expect(t, new double[][] {{0, 0, 1}, {0, 1, 1}, {4, 0, 1}, {4, 1, 1}, {2, 2, 1}, {2, 3, 1}},
                new double[][] {{0, 2, 1}, {1, 2, 1}, {2, 2, 1}, {3, 2, 1}});
        // a net whose pins all fall in one cell routes nothing
        expect(nets(0, new int[][] {{1, 1}, {1, 1}, {1, 1}}), new double[0][], new double[0][]);
    }

    @Test
    void heavyMacroPinDriverWeighsItsWeightLightOnesOne() throws Exception {
        NetlistBuilder b = new NetlistBuilder("w");
        b.addMacro("A", true, 2, 2, 5, 5, Orientation.N, 1);
        int heavy = b.addPin("A/o", "A", 0, 0, Double.NaN, Double.NaN, 3.0, 2);
        int light = b.addPin("A/q", "A", 0, 0, Double.NaN, Double.NaN, 0.5, 3);
        b.addPort("p", 25, 5, PortSide.NONE, 4);
        b.addPort("q", 5, 25, PortSide.NONE, 5);
        b.addInput(heavy, "p", 2);
        b.addInput(light, "q", 3);
        CongestionTerm t = term(b.build(), 0, 0, 0);
        expect(t, new double[][] {{0, 0, 1}, {0, 1, 1}}, new double[][] {{0, 0, 3}, {1, 0, 3}});
    }

    @Test
    void smoothingSpreadsEvenlyAndClipsAtTheBorders() throws Exception {
        // V at (4,0) spreads over cols [3,4]; H at (c,0) over rows [0,1]; H at (0,2) over rows [1,3]
        CongestionTerm t = nets(1, new int[][] {{0, 0}, {4, 1}}, new int[][] {{0, 2}, {1, 2}});
        double third = 1.0 / 3;
        expect(t, new double[][] {{3, 0, 0.5}, {4, 0, 0.5}},
                new double[][] {{0, 0, 0.5}, {1, 0, 0.5}, {2, 0, 0.5}, {3, 0, 0.5},
                        {0, 1, 0.5}, {1, 1, 0.5}, {2, 1, 0.5}, {3, 1, 0.5},
                        {0, 1, third}, {0, 2, third}, {0, 3, third}});
        // range 2 in the middle: five cells of 1/5
        CongestionTerm u = nets(2, new int[][] {{2, 2}, {2, 3}});
        expect(u, new double[][] {{0, 2, 0.2}, {1, 2, 0.2}, {2, 2, 0.2}, {3, 2, 0.2}, {4, 2, 0.2}}, new double[0][]);
    }

    private static CongestionTerm macro(double x0, double y0, double x1, double y1) throws Exception {
        NetlistBuilder b = new NetlistBuilder("m");
        b.addMacro("M", true, x1 - x0, y1 - y0, (x0 + x1) / 2, (y0 + y1) / 2, Orientation.N, 1);
        b.addMacro("soft", false, 50, 50, 25, 25, Orientation.N, 2); // soft macros block nothing
        return term(b.build(), 2, 3.0, 2.0); // macro routes h = 3, v = 2; smoothing does not apply
    }

    @Test
    void partlyCoveredColumnsAndRowsLoseTheirTopRowVAndRightColumnH() throws Exception {
        // x [12, 28], y [12, 28]: 2 x 2 cells, all partial; V of row 2 and H of col 2 removed
        expect(macro(12, 12, 28, 28), new double[][] {{1, 1, 16}, {2, 1, 16}},
                new double[][] {{1, 1, 24}, {1, 2, 24}});
        // one row only: no V removal; H of the rightmost column removed
        expect(macro(12, 12, 28, 18), new double[][] {{1, 1, 16}, {2, 1, 16}}, new double[][] {{1, 1, 18}});
        // x [10, 25], y [10, 30]: the top edge on a grid line brings in row 3 with zero overlap,
        // which counts as partial: row 3's V (zero) goes, rows 1-2 keep theirs; col 2 is partial
        expect(macro(10, 10, 25, 30), new double[][] {{1, 1, 20}, {2, 1, 10}, {1, 2, 20}, {2, 2, 10}},
                new double[][] {{1, 1, 30}, {1, 2, 30}});
        // exactly two full cells each way: nothing removed that was not zero
        expect(macro(10, 10, 30, 30), new double[][] {{1, 1, 20}, {2, 1, 20}, {1, 2, 20}, {2, 2, 20}},
                new double[][] {{1, 1, 30}, {2, 1, 30}, {1, 2, 30}, {2, 2, 30}});
    }

    @Test
    void costIsTheMeanOfTheTopFivePercentOfVThenH() throws Exception {
        // 2 * 25 values, k = floor(0.05 * 50) = 2: a 2-cell net of weight 1 puts 1 on five cells
        CongestionTerm t = nets(0, new int[][] {{0, 0}, {3, 2}});
        assertEquals(1.0, t.value(), 1e-15);
        CongestionTerm u = macro(12, 12, 28, 28); // V 16, 16; H 24, 24
        assertEquals((24 + 24) / 2.0, u.value(), 1e-12);
    }
}
