package io.macroplace.env.cost;

import io.macroplace.env.cost.topk.ExactSum;
import io.macroplace.env.cost.topk.KLargestSum;
import io.macroplace.env.state.PlacementState;
import java.util.Arrays;

/**
 * Congestion cost (PROXY_COST.md): routed net demand, normalised and smoothed, plus hard-macro
 * blockage, on V and H grids; cost = mean of the floor(0.05 * 2 * cells) largest of V then H.
 *
 * <p>Incrementally: net demand is re-routed for the moved nets only (skipped when a net's list of
 * pin cells did not change); blockage cells keep error-free sums and macro counts (exactly 0 when
 * uncovered); a cell's total is recomputed from its own contributors (the smoothing window and its
 * blockage), never adjusted by deltas, and fed to a {@link KLargestSum} over the 2 * cells values.
 */
public final class CongestionTerm implements CostTerm {
    private final CostModel model;
    private final PlacementState state;
    private final int cells;
    private final int k;
    private final int range;
    private final double vRoutes;
    private final double hRoutes;
    private final int[] colCount;
    private final int[] rowCount;
    private final MacroBlockage blockage;
    private final PinCells pinCells;
    // committed [0] and proposed [1] copies
    private final double[][] rawV = new double[2][];
    private final double[][] rawH = new double[2][];
    private final double[][] blockHiV = new double[2][];
    private final double[][] blockLoV = new double[2][];
    private final double[][] blockHiH = new double[2][];
    private final double[][] blockLoH = new double[2][];
    private final int[][] blockCount = new int[2][];
    private final double[][] totalV = new double[2][];
    private final double[][] totalH = new double[2][];
    private final KLargestSum top;
    private final TouchSet rawTouchedV;
    private final TouchSet rawTouchedH;
    private final TouchSet blockTouched;
    private final TouchSet totalTouchedV;
    private final TouchSet totalTouchedH;
    private final TouchSet oldSeen;
    private final TouchSet newSeen;
    private final Routing proposedRouting;
    private final int[] oldCells;
    private final int[] oldStart;
    private final int[] newCells;
    private final double[] scratchV;
    private final double[] scratchH;
    private double blockSign;
    private final MacroBlockage.Sink proposedSink = this::acceptBlockage;

    public CongestionTerm(CostModel model, PlacementState state) {
        this.model = model;
        this.state = state;
        this.cells = model.cellCount();
        this.k = (2 * cells) / 20; // floor(0.05 * 2n): 0.05 is above 1/20, never rounds below
        this.range = model.settings().smoothingRange();
        this.vRoutes = model.cellWidth * model.settings().routesPerMicronV();
        this.hRoutes = model.cellHeight * model.settings().routesPerMicronH();
        this.colCount = windowCounts(model.columns, range);
        this.rowCount = windowCounts(model.rows, range);
        this.blockage = new MacroBlockage(model);
        this.pinCells = new PinCells(model);
        for (int c = 0; c < 2; c++) {
            rawV[c] = new double[cells];
            rawH[c] = new double[cells];
            blockHiV[c] = new double[cells];
            blockLoV[c] = new double[cells];
            blockHiH[c] = new double[cells];
            blockLoH[c] = new double[cells];
            blockCount[c] = new int[cells];
            totalV[c] = new double[cells];
            totalH[c] = new double[cells];
        }
        top = new KLargestSum(2 * cells, Math.max(k, 1)); // k = 0: the cost is the max, the top 1
        rawTouchedV = new TouchSet(cells);
        rawTouchedH = new TouchSet(cells);
        blockTouched = new TouchSet(cells);
        totalTouchedV = new TouchSet(cells);
        totalTouchedH = new TouchSet(cells);
        oldSeen = new TouchSet(cells);
        newSeen = new TouchSet(cells);
        proposedRouting = new Routing(model.columns, rawH[1], rawV[1], rawTouchedH, rawTouchedV);
        oldCells = new int[Math.max(1, model.maxTouchedPins)];
        oldStart = new int[model.maxTouchedNets + 1];
        newCells = new int[Math.max(1, model.maxNetDegree)];
        scratchV = new double[cells];
        scratchH = new double[cells];
        reset();
    }

    /** Number of cells within [i - r, i + r] clipped to [0, n). */
    private static int[] windowCounts(int n, int r) {
        int[] cnt = new int[n];
        for (int i = 0; i < n; i++) {
            cnt[i] = Math.min(n - 1, i + r) - Math.max(0, i - r) + 1;
        }
        return cnt;
    }

    @Override
    public String name() {
        return "congestion";
    }

    @Override
    public double reset() {
        for (int c = 0; c < 2; c++) {
            Arrays.fill(rawV[c], 0);
            Arrays.fill(rawH[c], 0);
            Arrays.fill(blockHiV[c], 0);
            Arrays.fill(blockLoV[c], 0);
            Arrays.fill(blockHiH[c], 0);
            Arrays.fill(blockLoH[c], 0);
            Arrays.fill(blockCount[c], 0);
        }
        clearTouches();
        for (int net = 0; net < model.netCount; net++) {
            int n = pinCells.collect(state, net, newCells, 0);
            proposedRouting.route(newCells, 0, n, model.netRouteWeight[net]);
        }
        blockSign = 1.0;
        for (int node : model.macros) {
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, proposedSink);
            }
        }
        for (int i = 0; i < cells; i++) {
            totalV[1][i] = totalV(i);
            totalH[1][i] = totalH(i);
            top.set(i, totalV[1][i]);
            top.set(cells + i, totalH[1][i]);
        }
        for (int i = 0; i < cells; i++) {
            rawV[0][i] = rawV[1][i];
            rawH[0][i] = rawH[1][i];
            blockHiV[0][i] = blockHiV[1][i];
            blockLoV[0][i] = blockLoV[1][i];
            blockHiH[0][i] = blockHiH[1][i];
            blockLoH[0][i] = blockLoH[1][i];
            blockCount[0][i] = blockCount[1][i];
            totalV[0][i] = totalV[1][i];
            totalH[0][i] = totalH[1][i];
        }
        clearTouches();
        return value();
    }

    private void clearTouches() {
        rawTouchedV.clear();
        rawTouchedH.clear();
        blockTouched.clear();
        totalTouchedV.clear();
        totalTouchedH.clear();
    }

    @Override
    public double value() {
        return costFromTop();
    }

    private double costFromTop() {
        return k == 0 ? top.sum() : top.sum() / k;
    }

    /** Committed total V (index cell) and H demand, normalised. */
    public double totalV(int cell, boolean proposed) {
        return totalV[proposed ? 1 : 0][cell];
    }

    public double totalH(int cell, boolean proposed) {
        return totalH[proposed ? 1 : 0][cell];
    }

    @Override
    public double evaluateFromScratch() {
        demandFromScratch(model, state, scratchV, scratchH);
        return cost(scratchV, scratchH, cells);
    }

    /** Full kernel, in the reference's order of operations: totals of V and H per cell. */
    public static void demandFromScratch(CostModel m, PlacementState s, double[] v, double[] h) {
        int n = m.cellCount();
        double[] rv = new double[n];
        double[] rh = new double[n];
        Routing routing = new Routing(m.columns, rh, rv, null, null);
        PinCells pc = new PinCells(m);
        int[] buf = new int[Math.max(1, m.maxNetDegree)];
        for (int net = 0; net < m.netCount; net++) {
            routing.route(buf, 0, pc.collect(s, net, buf, 0), m.netRouteWeight[net]);
        }
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

    private void acceptBlockage(int cell, double v, double h, boolean vRemoved, boolean hRemoved) {
        if (!vRemoved) {
            ExactSum.add(blockHiV[1], blockLoV[1], cell, blockSign * v);
        }
        if (!hRemoved) {
            ExactSum.add(blockHiH[1], blockLoH[1], cell, blockSign * h);
        }
        blockCount[1][cell] += blockSign > 0 ? 1 : -1;
        blockTouched.add(cell);
    }

    /** Proposed total V of a cell, from its smoothing window and its blockage. */
    private double totalV(int cell) {
        int row = cell / model.columns;
        int col = cell - row * model.columns;
        int base = row * model.columns;
        double[] raw = rawV[1];
        double sum = 0;
        for (int c = Math.max(0, col - range), e = Math.min(model.columns - 1, col + range); c <= e; c++) {
            sum += (raw[base + c] / vRoutes) / colCount[c];
        }
        double b = blockCount[1][cell] == 0 ? 0.0 : ExactSum.value(blockHiV[1], blockLoV[1], cell);
        return sum + b / vRoutes;
    }

    private double totalH(int cell) {
        int row = cell / model.columns;
        int col = cell - row * model.columns;
        double[] raw = rawH[1];
        double sum = 0;
        for (int r = Math.max(0, row - range), e = Math.min(model.rows - 1, row + range); r <= e; r++) {
            sum += (raw[r * model.columns + col] / hRoutes) / rowCount[r];
        }
        double b = blockCount[1][cell] == 0 ? 0.0 : ExactSum.value(blockHiH[1], blockLoH[1], cell);
        return sum + b / hRoutes;
    }

    @Override
    public void retract(ChangeSet change) {
        clearTouches();
        int off = 0;
        for (int i = 0; i < change.netCount(); i++) {
            oldStart[i] = off;
            off += pinCells.collect(state, change.net(i), oldCells, off);
        }
        oldStart[change.netCount()] = off;
        blockSign = -1.0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, proposedSink);
            }
        }
    }

    @Override
    public double insert(ChangeSet change) {
        for (int i = 0; i < change.netCount(); i++) {
            int net = change.net(i);
            int n = pinCells.collect(state, net, newCells, 0);
            int o0 = oldStart[i];
            int on = oldStart[i + 1] - o0;
            if (n == on && Arrays.equals(newCells, 0, n, oldCells, o0, o0 + on)) {
                continue; // same cells, same source: same route
            }
            double w = model.netRouteWeight[net];
            if (on > 3 && n > 3 && oldCells[o0] == newCells[0]) {
                rerouteStar(o0, on, n, w);
            } else {
                proposedRouting.route(oldCells, o0, on, -w);
                proposedRouting.route(newCells, 0, n, w);
            }
        }
        blockSign = 1.0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, proposedSink);
            }
        }
        int cols = model.columns;
        for (int t = 0; t < rawTouchedV.size(); t++) {
            int cell = rawTouchedV.get(t);
            int row = cell / cols;
            int col = cell - row * cols;
            for (int c = Math.max(0, col - range), e = Math.min(cols - 1, col + range); c <= e; c++) {
                totalTouchedV.add(row * cols + c);
            }
        }
        for (int t = 0; t < rawTouchedH.size(); t++) {
            int cell = rawTouchedH.get(t);
            int row = cell / cols;
            int col = cell - row * cols;
            for (int r = Math.max(0, row - range), e = Math.min(model.rows - 1, row + range); r <= e; r++) {
                totalTouchedH.add(r * cols + col);
            }
        }
        for (int t = 0; t < blockTouched.size(); t++) {
            int cell = blockTouched.get(t);
            if (blockCount[1][cell] == 0) {
                // no hard macro left on it: exactly free again
                blockHiV[1][cell] = 0;
                blockLoV[1][cell] = 0;
                blockHiH[1][cell] = 0;
                blockLoH[1][cell] = 0;
            }
            totalTouchedV.add(cell);
            totalTouchedH.add(cell);
        }
        for (int t = 0; t < totalTouchedV.size(); t++) {
            int cell = totalTouchedV.get(t);
            double v = totalV(cell);
            totalV[1][cell] = v;
            top.set(cell, v);
        }
        for (int t = 0; t < totalTouchedH.size(); t++) {
            int cell = totalTouchedH.get(t);
            double h = totalH(cell);
            totalH[1][cell] = h;
            top.set(cells + cell, h);
        }
        return costFromTop();
    }

    /**
     * A star net (more than 3 cells) whose source cell stayed: only branches to cells that left or
     * joined the net's cell set change; integer demand makes this equal to a full re-route.
     */
    private void rerouteStar(int o0, int on, int n, double w) {
        oldSeen.clear();
        newSeen.clear();
        for (int j = 1; j < on; j++) {
            oldSeen.add(oldCells[o0 + j]);
        }
        for (int j = 1; j < n; j++) {
            newSeen.add(newCells[j]);
        }
        int s = newCells[0];
        for (int j = 1; j < on; j++) {
            if (!newSeen.contains(oldCells[o0 + j])) {
                proposedRouting.twoCells(s, oldCells[o0 + j], -w);
            }
        }
        for (int j = 1; j < n; j++) {
            if (!oldSeen.contains(newCells[j])) {
                proposedRouting.twoCells(s, newCells[j], w);
            }
        }
    }

    @Override
    public void commit() {
        copy(1, 0, null);
        clearTouches();
    }

    @Override
    public void revert() {
        copy(0, 1, top);
        clearTouches();
    }

    /** Copies the touched cells from one copy to the other; restores the top-k values when given. */
    private void copy(int from, int to, KLargestSum restore) {
        for (int t = 0; t < rawTouchedV.size(); t++) {
            int cell = rawTouchedV.get(t);
            rawV[to][cell] = rawV[from][cell];
        }
        for (int t = 0; t < rawTouchedH.size(); t++) {
            int cell = rawTouchedH.get(t);
            rawH[to][cell] = rawH[from][cell];
        }
        for (int t = 0; t < blockTouched.size(); t++) {
            int cell = blockTouched.get(t);
            blockHiV[to][cell] = blockHiV[from][cell];
            blockLoV[to][cell] = blockLoV[from][cell];
            blockHiH[to][cell] = blockHiH[from][cell];
            blockLoH[to][cell] = blockLoH[from][cell];
            blockCount[to][cell] = blockCount[from][cell];
        }
        for (int t = 0; t < totalTouchedV.size(); t++) {
            int cell = totalTouchedV.get(t);
            totalV[to][cell] = totalV[from][cell];
            if (restore != null) {
                restore.set(cell, totalV[from][cell]);
            }
        }
        for (int t = 0; t < totalTouchedH.size(); t++) {
            int cell = totalTouchedH.get(t);
            totalH[to][cell] = totalH[from][cell];
            if (restore != null) {
                restore.set(cells + cell, totalH[from][cell]);
            }
        }
    }
}
