package io.macroplace.env.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.cost.PinMode;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetBoxesTest {

    @Test
    void wireMaskEqualsHpwlIncreaseComputedFromScratchAtEveryPoint() {
        for (long seed = 1; seed <= 5; seed++) {
            Netlist n = TinyDesigns.netlist(seed, 12, 10, 40);
            MacroNetModel m = new MacroNetModel(n, Placement.of(n), PinMode.DEFAULT);
            SplittableRandom r = new SplittableRandom(seed);
            double[] x = new double[m.objectCount()];
            double[] y = new double[m.objectCount()];
            boolean[] placed = new boolean[m.objectCount()];
            for (int o = 0; o < x.length; o++) {
                x[o] = r.nextDouble() * 100;
                y[o] = r.nextDouble() * 80;
                placed[o] = r.nextBoolean();
            }
            NetBoxes boxes = new NetBoxes(m);
            boxes.reset(placed, x, y);
            PositionGrid g = new PositionGrid(100, 80, 13, 7);
            double[] col = new double[g.nx()];
            double[] row = new double[g.ny()];
            double[] scratch = new double[4 * 14];
            for (int o = 0; o < m.objectCount(); o++) {
                if (placed[o]) {
                    continue;
                }
                boxes.wireMask(o, g, col, row, scratch);
                for (int j = 0; j < g.ny(); j++) {
                    for (int i = 0; i < g.nx(); i++) {
                        double naive = naiveDelta(m, placed, x, y, o, g.x(i), g.y(j));
                        assertEquals(naive, col[i] + row[j], 1e-9 * (1 + naive), "object " + o + " at " + i + "," + j);
                        assertEquals(naive, boxes.delta(o, g.x(i), g.y(j)), 1e-9 * (1 + naive));
                    }
                }
            }
        }
    }

    @Test
    void addingAnObjectGrowsBoxesLikeAReset() {
        Netlist n = TinyDesigns.netlist(9, 10, 5, 30);
        MacroNetModel m = new MacroNetModel(n, Placement.of(n), PinMode.DEFAULT);
        double[] x = new double[m.objectCount()];
        double[] y = new double[m.objectCount()];
        SplittableRandom r = new SplittableRandom(3);
        for (int o = 0; o < x.length; o++) {
            x[o] = r.nextDouble() * 100;
            y[o] = r.nextDouble() * 80;
        }
        boolean[] placed = new boolean[m.objectCount()];
        NetBoxes inc = new NetBoxes(m);
        inc.reset(placed, x, y);
        NetBoxes fresh = new NetBoxes(m);
        for (int o = 0; o < x.length; o++) {
            inc.add(o, x[o], y[o]);
            placed[o] = true;
            fresh.reset(placed, x, y);
            for (int q = 0; q < x.length; q++) {
                assertEquals(fresh.delta(q, 50, 40), inc.delta(q, 50, 40), 1e-9);
            }
        }
    }

    /** HPWL over placed pins with the object added, minus without it. */
    static double naiveDelta(MacroNetModel m, boolean[] placed, double[] x, double[] y, int o, double cx, double cy) {
        double before = 0;
        double after = 0;
        for (int net = 0; net < m.netCount; net++) {
            before += span(m, placed, x, y, net, -1, 0, 0);
            after += span(m, placed, x, y, net, o, cx, cy);
        }
        return after - before;
    }

    private static double span(MacroNetModel m, boolean[] placed, double[] x, double[] y, int net, int extra,
                               double ex, double ey) {
        double xl = Double.POSITIVE_INFINITY;
        double xh = Double.NEGATIVE_INFINITY;
        double yl = Double.POSITIVE_INFINITY;
        double yh = Double.NEGATIVE_INFINITY;
        for (int p = m.netStart[net]; p < m.netStart[net + 1]; p++) {
            int q = m.pinObj[p];
            double px;
            double py;
            if (q < 0) {
                px = m.pinX[p];
                py = m.pinY[p];
            } else if (q == extra) {
                px = ex + m.pinX[p];
                py = ey + m.pinY[p];
            } else if (placed[q]) {
                px = x[q] + m.pinX[p];
                py = y[q] + m.pinY[p];
            } else {
                continue;
            }
            xl = Math.min(xl, px);
            xh = Math.max(xh, px);
            yl = Math.min(yl, py);
            yh = Math.max(yh, py);
        }
        return xl > xh ? 0 : m.netWeight[net] * ((xh - xl) + (yh - yl));
    }
}
