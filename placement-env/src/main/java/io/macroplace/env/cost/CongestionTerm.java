package io.macroplace.env.cost;

import io.macroplace.env.cost.topk.ExactSum;
import io.macroplace.env.cost.topk.KLargestSum;
import io.macroplace.env.state.PlacementState;
import java.util.Arrays;

/**
 * Congestion cost (PROXY_COST.md): routed net demand, normalised and smoothed, plus hard-macro
 * blockage, on V and H grids; cost = mean of the floor(0.05 * 2 * cells) largest of V then H.
 *
 * <p>Incrementally: the moved nets' old routes are taken out and their new routes put in as
 * events of a {@link DemandDelta}, so only cells whose demand really changes are written (a net
 * whose list of pin cells did not change is skipped; a star net whose source stayed re-routes
 * only the branches to cells that left or joined it). Blockage cells keep error-free sums and
 * macro counts (exactly 0 when uncovered); a cell's total is recomputed from its own contributors
 * (the smoothing window and its blockage), never adjusted by deltas, and fed to a
 * {@link KLargestSum} over the 2 * cells values. A proposal changes the arrays in place and keeps
 * the values it overwrote, so that revert writes them back and commit only forgets them.
 */
public final class CongestionTerm implements CostTerm {
    private final CostModel model;
    private final PlacementState state;
    private final int cells;
    private final int columns;
    private final int k;
    private final int range;
    private final double vRoutes;
    private final double hRoutes;
    private final int[] colCount;
    private final int[] rowCount;
    private final MacroBlockage blockage;
    private final PinCells pinCells;
    private final DemandDelta demand;
    private final Routing routing;
    // current values: the committed ones, or the proposed ones while a proposal is pending
    private final double[] rawV;
    private final double[] rawH;
    private final double[] blockHiV;
    private final double[] blockLoV;
    private final double[] blockHiH;
    private final double[] blockLoH;
    private final int[] blockCount;
    /** Each cell's normalised share of its demand, (raw / routes) / window count, and its blockage / routes. */
    private final double[] shareV;
    private final double[] shareH;
    private final double[] blockedV;
    private final double[] blockedH;
    private final double[] totalV;
    private final double[] totalH;
    private final KLargestSum top;
    // what the pending proposal overwrote, for revert
    private final int[] rawCellV;
    private final double[] rawOldV;
    private final double[] shareOldV;
    private final double[] shareOldH;
    private int rawChangedV;
    private final int[] rawCellH;
    private final double[] rawOldH;
    private int rawChangedH;
    private final TouchSet blockTouched;
    private final double[] blockOld; // 4 sums per touched cell, in touch order
    private final int[] blockOldCount;
    private final TouchSet totalTouchedV;
    private final TouchSet totalTouchedH;
    private final double[] totalOldV;
    private final double[] totalOldH;
    private final NetCells netCells;
    // per-move scratch
    private final int[] leftCells;
    private final int[] joinedCells;
    private final int[] oldCells;
    private final int[] newCells;
    private final double[] scratchV;
    private final double[] scratchH;
    private double blockSign;
    private final MacroBlockage.Sink blockageSink = this::acceptBlockage;

    public CongestionTerm(CostModel model, PlacementState state) {
        this.model = model;
        this.state = state;
        this.cells = model.cellCount();
        this.columns = model.columns;
        this.k = (2 * cells) / 20; // floor(0.05 * 2n): 0.05 is above 1/20, never rounds below
        this.range = model.settings().smoothingRange();
        this.vRoutes = model.cellWidth * model.settings().routesPerMicronV();
        this.hRoutes = model.cellHeight * model.settings().routesPerMicronH();
        this.colCount = windowCounts(model.columns, range);
        this.rowCount = windowCounts(model.rows, range);
        this.blockage = new MacroBlockage(model);
        this.pinCells = new PinCells(model);
        this.demand = new DemandDelta(model.columns, model.rows);
        this.routing = new Routing(model, demand);
        rawV = new double[cells];
        rawH = new double[cells];
        blockHiV = new double[cells];
        blockLoV = new double[cells];
        blockHiH = new double[cells];
        blockLoH = new double[cells];
        blockCount = new int[cells];
        shareV = new double[cells];
        shareH = new double[cells];
        blockedV = new double[cells];
        blockedH = new double[cells];
        totalV = new double[cells];
        totalH = new double[cells];
        top = new KLargestSum(2 * cells, Math.max(k, 1)); // k = 0: the cost is the max, the top 1
        rawCellV = new int[cells];
        rawOldV = new double[cells];
        shareOldV = new double[cells];
        shareOldH = new double[cells];
        rawCellH = new int[cells];
        rawOldH = new double[cells];
        blockTouched = new TouchSet(cells);
        blockOld = new double[4 * cells];
        blockOldCount = new int[cells];
        totalTouchedV = new TouchSet(cells);
        totalTouchedH = new TouchSet(cells);
        totalOldV = new double[cells];
        totalOldH = new double[cells];
        netCells = new NetCells(model);
        leftCells = new int[Math.max(1, 2 * model.maxNodePins)];
        joinedCells = new int[leftCells.length];
        oldCells = new int[Math.max(1, model.maxNetDegree)];
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
        Arrays.fill(rawV, 0);
        Arrays.fill(rawH, 0);
        Arrays.fill(blockHiV, 0);
        Arrays.fill(blockLoV, 0);
        Arrays.fill(blockHiH, 0);
        Arrays.fill(blockLoH, 0);
        Arrays.fill(blockCount, 0);
        pinCells.cacheAll(state);
        netCells.build(model.pinPositions(state, null));
        netCells.forget();
        for (int net = 0; net < model.netCount; net++) {
            int n = netCells.list(net, newCells);
            routing.route(newCells, 0, n, model.netRouteWeight[net]);
        }
        demand.flushH(rawH, null, null, 0);
        demand.flushV(rawV, null, null, 0);
        clearRecords();
        blockSign = 1.0;
        for (int node : model.macros) {
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, blockageSink);
            }
        }
        for (int i = 0; i < cells; i++) {
            updateShareV(i);
            updateShareH(i);
            updateBlocked(i);
        }
        for (int i = 0; i < cells; i++) {
            totalV[i] = computeTotalV(i);
            totalH[i] = computeTotalH(i);
            top.stage(i, totalV[i]);
            top.stage(cells + i, totalH[i]);
        }
        top.applyAll();
        top.forget();
        clearRecords();
        return value();
    }

    private void clearRecords() {
        rawChangedV = 0;
        rawChangedH = 0;
        blockTouched.clear();
        totalTouchedV.clear();
        totalTouchedH.clear();
    }

    @Override
    public double value() {
        return k == 0 ? top.sum() : top.sum() / k;
    }

    /** Total V demand of a cell, normalised (the proposed value while a proposal is pending). */
    public double totalV(int cell) {
        return totalV[cell];
    }

    /** Total H demand of a cell, normalised (the proposed value while a proposal is pending). */
    public double totalH(int cell) {
        return totalH[cell];
    }

    @Override
    public double evaluateFromScratch() {
        CongestionKernel.demand(model, state, scratchV, scratchH);
        return CongestionKernel.cost(scratchV, scratchH, cells);
    }

    private void acceptBlockage(int cell, double v, double h, boolean vRemoved, boolean hRemoved) {
        if (blockTouched.add(cell)) {
            int t = blockTouched.size() - 1;
            blockOld[4 * t] = blockHiV[cell];
            blockOld[4 * t + 1] = blockLoV[cell];
            blockOld[4 * t + 2] = blockHiH[cell];
            blockOld[4 * t + 3] = blockLoH[cell];
            blockOldCount[t] = blockCount[cell];
        }
        if (!vRemoved) {
            ExactSum.add(blockHiV, blockLoV, cell, blockSign * v);
        }
        if (!hRemoved) {
            ExactSum.add(blockHiH, blockLoH, cell, blockSign * h);
        }
        blockCount[cell] += blockSign > 0 ? 1 : -1;
    }

    private void updateShareV(int cell) {
        shareV[cell] = (rawV[cell] / vRoutes) / colCount[model.cellColumn[cell]];
    }

    private void updateShareH(int cell) {
        shareH[cell] = (rawH[cell] / hRoutes) / rowCount[model.cellRow[cell]];
    }

    private void updateBlocked(int cell) {
        boolean none = blockCount[cell] == 0;
        blockedV[cell] = (none ? 0.0 : ExactSum.value(blockHiV, blockLoV, cell)) / vRoutes;
        blockedH[cell] = (none ? 0.0 : ExactSum.value(blockHiH, blockLoH, cell)) / hRoutes;
    }

    /** Total V of a cell: the shares of its smoothing window, in column order, and its blockage. */
    private double computeTotalV(int cell) {
        if (range == 0) {
            return (0 + shareV[cell]) + blockedV[cell];
        }
        int row = model.cellRow[cell];
        int col = model.cellColumn[cell];
        int base = row * columns;
        double sum = 0;
        for (int c = Math.max(0, col - range), e = Math.min(columns - 1, col + range); c <= e; c++) {
            sum += shareV[base + c];
        }
        return sum + blockedV[cell];
    }

    private double computeTotalH(int cell) {
        if (range == 0) {
            return (0 + shareH[cell]) + blockedH[cell];
        }
        int row = model.cellRow[cell];
        int col = model.cellColumn[cell];
        double sum = 0;
        for (int r = Math.max(0, row - range), e = Math.min(model.rows - 1, row + range); r <= e; r++) {
            sum += shareH[r * columns + col];
        }
        return sum + blockedH[cell];
    }

    @Override
    public void retract(ChangeSet change) {
        clearRecords();
        blockSign = -1.0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, blockageSink);
            }
        }
    }

    @Override
    public double insert(ChangeSet change) {
        // only nets where a moved pin changed cell can route differently
        pinCells.stage(state, change);
        for (int i = 0; i < pinCells.changedNetCount(); i++) {
            rerouteNet(i);
        }
        pinCells.apply();
        rawChangedV = demand.flushV(rawV, rawCellV, rawOldV, 0);
        rawChangedH = demand.flushH(rawH, rawCellH, rawOldH, 0);
        blockSign = 1.0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.hardMacro[node]) {
                blockage.forEachCell(state, node, blockageSink);
            }
        }
        markTotals();
        for (int t = 0; t < totalTouchedV.size(); t++) {
            int cell = totalTouchedV.get(t);
            double v = computeTotalV(cell);
            totalOldV[t] = totalV[cell];
            totalV[cell] = v;
            top.stage(cell, v);
        }
        for (int t = 0; t < totalTouchedH.size(); t++) {
            int cell = totalTouchedH.get(t);
            double h = computeTotalH(cell);
            totalOldH[t] = totalH[cell];
            totalH[cell] = h;
            top.stage(cells + cell, h);
        }
        top.apply();
        return value();
    }

    /** The cells whose totals change: smoothing windows of changed demand, and blockage cells. */
    private void markTotals() {
        int rows = model.rows;
        for (int t = 0; t < rawChangedV; t++) {
            int cell = rawCellV[t];
            shareOldV[t] = shareV[cell];
            updateShareV(cell);
            int row = model.cellRow[cell];
            int col = model.cellColumn[cell];
            for (int c = Math.max(0, col - range), e = Math.min(columns - 1, col + range); c <= e; c++) {
                totalTouchedV.add(row * columns + c);
            }
        }
        for (int t = 0; t < rawChangedH; t++) {
            int cell = rawCellH[t];
            shareOldH[t] = shareH[cell];
            updateShareH(cell);
            int row = model.cellRow[cell];
            int col = model.cellColumn[cell];
            for (int r = Math.max(0, row - range), e = Math.min(rows - 1, row + range); r <= e; r++) {
                totalTouchedH.add(r * columns + col);
            }
        }
        for (int t = 0; t < blockTouched.size(); t++) {
            int cell = blockTouched.get(t);
            if (blockCount[cell] == 0) {
                // no hard macro left on it: exactly free again
                blockHiV[cell] = 0;
                blockLoV[cell] = 0;
                blockHiH[cell] = 0;
                blockLoH[cell] = 0;
            }
            updateBlocked(cell);
            totalTouchedV.add(cell);
            totalTouchedH.add(cell);
        }
    }

    /**
     * Changed net i of the staged move: its pins' moves update the net's cell set, which tells the
     * cells that left and joined it. A star (more than 3 cells) whose source stayed changes only
     * the branches to those cells; any other net is routed out with its old cells and in with its
     * new ones. Integer demand makes either equal to a full re-route.
     */
    private void rerouteNet(int i) {
        int net = pinCells.changedNet(i);
        int driver = model.netStart[net];
        int s0 = netCells.source(net);
        int s1 = s0;
        int d0 = netCells.count(net);
        int left = 0;
        int joined = 0;
        for (int e = pinCells.firstChange(i); e >= 0; e = pinCells.nextChange(e)) {
            int a = pinCells.oldCell(e);
            int b = pinCells.newCell(e);
            if (pinCells.pin(e) == driver) {
                s1 = b;
            }
            int r = netCells.move(net, a, b);
            if ((r & NetCells.LEFT) != 0) {
                // a cell that joined earlier in this move and leaves again never changed the set
                int j = indexOf(joinedCells, joined, a);
                if (j >= 0) {
                    joinedCells[j] = joinedCells[--joined];
                } else {
                    leftCells[left++] = a;
                }
            }
            if ((r & NetCells.JOINED) != 0) {
                int j = indexOf(leftCells, left, b);
                if (j >= 0) {
                    leftCells[j] = leftCells[--left];
                } else {
                    joinedCells[joined++] = b;
                }
            }
        }
        if (s1 != s0) {
            netCells.setSource(net, s1);
        } else if (left == 0 && joined == 0) {
            return; // same cells, same source: same route
        }
        double w = model.netRouteWeight[net];
        int d1 = netCells.count(net);
        if (d0 > 3 && d1 > 3 && s0 == s1) {
            for (int j = 0; j < left; j++) {
                routing.twoCells(s0, leftCells[j], -w);
            }
            for (int j = 0; j < joined; j++) {
                routing.twoCells(s0, joinedCells[j], w);
            }
            return;
        }
        // old cells: the current ones less those that joined, plus those that left; source first
        int on = 0;
        oldCells[on++] = s0;
        for (int j = 0; j < d1; j++) {
            int c = netCells.cell(net, j);
            if (c != s0 && indexOf(joinedCells, joined, c) < 0) {
                oldCells[on++] = c;
            }
        }
        for (int j = 0; j < left; j++) {
            if (leftCells[j] != s0) {
                oldCells[on++] = leftCells[j];
            }
        }
        int n = netCells.list(net, newCells);
        routing.route(oldCells, 0, on, -w);
        routing.route(newCells, 0, n, w);
    }

    private static int indexOf(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void commit() {
        pinCells.forget();
        netCells.forget();
        top.forget();
        clearRecords();
    }

    @Override
    public void revert() {
        for (int t = 0; t < rawChangedV; t++) {
            rawV[rawCellV[t]] = rawOldV[t];
            shareV[rawCellV[t]] = shareOldV[t];
        }
        for (int t = 0; t < rawChangedH; t++) {
            rawH[rawCellH[t]] = rawOldH[t];
            shareH[rawCellH[t]] = shareOldH[t];
        }
        for (int t = 0; t < blockTouched.size(); t++) {
            int cell = blockTouched.get(t);
            blockHiV[cell] = blockOld[4 * t];
            blockLoV[cell] = blockOld[4 * t + 1];
            blockHiH[cell] = blockOld[4 * t + 2];
            blockLoH[cell] = blockOld[4 * t + 3];
            blockCount[cell] = blockOldCount[t];
            updateBlocked(cell);
        }
        for (int t = 0; t < totalTouchedV.size(); t++) {
            totalV[totalTouchedV.get(t)] = totalOldV[t];
        }
        for (int t = 0; t < totalTouchedH.size(); t++) {
            totalH[totalTouchedH.get(t)] = totalOldH[t];
        }
        top.rollback();
        netCells.restore();
        pinCells.undo();
        clearRecords();
    }
}
