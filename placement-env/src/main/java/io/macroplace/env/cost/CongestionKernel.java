package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;
import java.util.Arrays;

/**
 * The plain full congestion evaluation, in the reference's order of operations (route every net,
 * add blockage macro by macro, normalise, smooth by scattering, add): what {@link CongestionTerm}
 * is checked against and what a one-off evaluation uses. Routes are summed per row and column by
 * a {@link DemandDelta}, in time linear in the segments and cells.
 */
public final class CongestionKernel {
    private CongestionKernel() {
    }

    /** Full kernel, in the reference's order of operations: totals of V and H per cell. */
    public static void demand(CostModel m, PlacementState s, double[] v, double[] h) {
        demand(m, s, m.pinPositions(s, null), v, h);
    }

    /** The same with the pin positions already computed (x at 2p, y at 2p + 1). */
    static void demand(CostModel m, PlacementState s, double[] xy, double[] v, double[] h) {
        int n = m.cellCount();
        double[] rv = new double[n];
        double[] rh = new double[n];
        DemandDelta demand = new DemandDelta(m.columns, m.rows);
        Routing routing = new Routing(m, demand);
        PinCells pc = new PinCells(m);
        int[] buf = new int[Math.max(1, m.maxNetDegree)];
        for (int net = 0; net < m.netCount; net++) {
            routing.route(buf, 0, pc.collect(xy, net, buf, 0), m.netRouteWeight[net]);
        }
        demand.flushH(rh, null, null, 0);
        demand.flushV(rv, null, null, 0);
        double[] mv = new double[n];
        double[] mh = new double[n];
        MacroBlockage mb = new MacroBlockage(m);
        MacroBlockage.Sink sink = (cell, dv, dh, vRemoved, hRemoved) -> {
            mv[cell] += dv;
            mh[cell] += dh;
            if (vRemoved) {
                mv[cell] -= dv;
            }
            if (hRemoved) {
                mh[cell] -= dh;
            }
        };
        for (int node : m.macros) {
            if (m.hardMacro[node]) {
                mb.forEachCell(s, node, sink);
            }
        }
        double vr = m.cellWidth * m.settings().routesPerMicronV();
        double hr = m.cellHeight * m.settings().routesPerMicronH();
        int r = m.settings().smoothingRange();
        Arrays.fill(v, 0, n, 0.0);
        Arrays.fill(h, 0, n, 0.0);
        for (int row = 0; row < m.rows; row++) {
            for (int col = 0; col < m.columns; col++) {
                int lp = Math.max(0, col - r);
                int rp = Math.min(m.columns - 1, col + r);
                double val = (rv[row * m.columns + col] / vr) / (rp - lp + 1);
                for (int p = lp; p <= rp; p++) {
                    v[row * m.columns + p] += val;
                }
            }
        }
        for (int row = 0; row < m.rows; row++) {
            for (int col = 0; col < m.columns; col++) {
                int lp = Math.max(0, row - r);
                int up = Math.min(m.rows - 1, row + r);
                double val = (rh[row * m.columns + col] / hr) / (up - lp + 1);
                for (int p = lp; p <= up; p++) {
                    h[p * m.columns + col] += val;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            v[i] = v[i] + mv[i] / vr;
            h[i] = h[i] + mh[i] / hr;
        }
    }

    /** Congestion cost of V and H totals (sorts a copy: for full evaluation only). */
    public static double cost(double[] v, double[] h, int cells) {
        double[] all = new double[2 * cells];
        System.arraycopy(v, 0, all, 0, cells);
        System.arraycopy(h, 0, all, cells, cells);
        Arrays.sort(all);
        int k = (2 * cells) / 20;
        if (k == 0) {
            return all[all.length - 1];
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += all[all.length - 1 - i];
        }
        return sum / k;
    }
}
