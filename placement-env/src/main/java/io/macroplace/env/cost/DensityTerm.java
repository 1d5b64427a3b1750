package io.macroplace.env.cost;

import io.macroplace.env.cost.topk.ExactSum;
import io.macroplace.env.cost.topk.KLargestSum;
import io.macroplace.env.state.PlacementState;
import java.util.Arrays;

/**
 * Density cost: per grid cell, the area of hard and soft macros over it divided by the cell area;
 * cost = 0.5 * (sum of the k = floor(0.1 * cells) largest non-zero densities) / k, or 0.5 * the
 * mean of the non-zero cells on grids of fewer than 10 cells.
 *
 * <p>Incrementally, each cell keeps an error-free sum of its overlap areas and a count of the
 * macros overlapping it: a cell nobody covers is exactly 0 again, not 1e-17. Densities feed a
 * {@link KLargestSum}.
 */
public final class DensityTerm implements CostTerm {
    private final CostModel model;
    private final PlacementState state;
    private final int cells;
    private final int k;
    private final double cellArea;
    private final GridRange range = new GridRange();
    // committed [0] and proposed [1] copies
    private final double[][] hi = new double[2][];
    private final double[][] lo = new double[2][];
    private final int[][] count = new int[2][];
    private final double[][] density = new double[2][];
    private final int[] nonZero = new int[2];
    private final KLargestSum top;
    private final TouchSet touched;
    private final double[] scratch;

    public DensityTerm(CostModel model, PlacementState state) {
        this.model = model;
        this.state = state;
        this.cells = model.cellCount();
        this.k = cells / 10; // floor(0.1 * n): 0.1 is above 1/10, so no rounding below an integer
        this.cellArea = model.cellWidth * model.cellHeight;
        for (int c = 0; c < 2; c++) {
            hi[c] = new double[cells];
            lo[c] = new double[cells];
            count[c] = new int[cells];
            density[c] = new double[cells];
        }
        top = new KLargestSum(cells, cells < 10 ? cells : k);
        touched = new TouchSet(cells);
        scratch = new double[cells];
        reset();
    }

    @Override
    public String name() {
        return "density";
    }

    @Override
    public double reset() {
        touched.clear();
        for (int c = 0; c < 2; c++) {
            Arrays.fill(hi[c], 0);
            Arrays.fill(lo[c], 0);
            Arrays.fill(count[c], 0);
        }
        for (int m : model.macros) {
            addMacro(m, 1.0);
        }
        nonZero[1] = 0;
        for (int i = 0; i < cells; i++) {
            density[1][i] = cellValue(i);
            if (count[1][i] > 0) {
                nonZero[1]++;
            }
            top.stage(i, density[1][i]);
        }
        top.applyAll();
        top.forget();
        for (int i = 0; i < cells; i++) {
            hi[0][i] = hi[1][i];
            lo[0][i] = lo[1][i];
            count[0][i] = count[1][i];
            density[0][i] = density[1][i];
        }
        nonZero[0] = nonZero[1];
        touched.clear();
        return value();
    }

    @Override
    public double value() {
        return costFromTop(nonZero[0]);
    }

    private double costFromTop(int nz) {
        if (cells < 10) {
            return nz == 0 ? 0 : 0.5 * (top.sum() / nz); // the top holds every cell here
        }
        return 0.5 * (top.sum() / k);
    }

    /** Committed density of one cell. */
    public double cellDensity(int cell) {
        return density[0][cell];
    }

    @Override
    public double evaluateFromScratch() {
        densitiesFromScratch(model, state, scratch);
        return cost(scratch, cells);
    }

    /** Full kernel: sum of overlaps per cell (soft macros, then hard), then divided by the cell area. */
    public static void densitiesFromScratch(CostModel m, PlacementState s, double[] out) {
        Arrays.fill(out, 0, m.cellCount(), 0.0);
        GridRange r = new GridRange();
        for (int node : m.macros) {
            double w = m.width(node, s);
            double h = m.height(node, s);
            double xMin = s.x(node) - w / 2;
            double xMax = s.x(node) + w / 2;
            double yMin = s.y(node) - h / 2;
            double yMax = s.y(node) + h / 2;
            r.of(m, xMin, yMin, xMax, yMax);
            for (int row = r.row0; row <= r.row1; row++) {
                for (int col = r.col0; col <= r.col1; col++) {
                    out[row * m.columns + col] += overlapArea(m, row, col, xMin, yMin, xMax, yMax);
                }
            }
        }
        double area = m.cellWidth * m.cellHeight;
        for (int i = 0; i < m.cellCount(); i++) {
            out[i] = out[i] / area;
        }
    }

    /** The density cost of a grid of cell densities (sorts a copy: for full evaluation only). */
    public static double cost(double[] densities, int cells) {
        double[] v = Arrays.copyOf(densities, cells);
        Arrays.sort(v);
        int nz = 0;
        while (nz < cells && v[cells - 1 - nz] != 0.0) {
            nz++;
        }
        if (cells < 10) {
            double sum = 0;
            for (int i = 0; i < nz; i++) {
                sum += v[cells - 1 - i];
            }
            return nz == 0 ? 0 : 0.5 * (sum / nz);
        }
        int k = cells / 10;
        double sum = 0;
        for (int i = 0; i < k && i < nz; i++) {
            sum += v[cells - 1 - i];
        }
        return 0.5 * (sum / k);
    }

    static double overlapArea(CostModel m, int row, int col, double xMin, double yMin, double xMax, double yMax) {
        double dx = Math.min(xMax, (col + 1) * m.cellWidth) - Math.max(xMin, col * m.cellWidth);
        double dy = Math.min(yMax, (row + 1) * m.cellHeight) - Math.max(yMin, row * m.cellHeight);
        return dx >= 0 && dy >= 0 ? dx * dy : 0;
    }

    /** Adds (sign +1) or removes (-1) a macro's overlaps in the proposed copy, marking cells. */
    private void addMacro(int node, double sign) {
        double w = model.width(node, state);
        double h = model.height(node, state);
        double xMin = state.x(node) - w / 2;
        double xMax = state.x(node) + w / 2;
        double yMin = state.y(node) - h / 2;
        double yMax = state.y(node) + h / 2;
        range.of(model, xMin, yMin, xMax, yMax);
        double[] ph = hi[1];
        double[] pl = lo[1];
        int[] pc = count[1];
        for (int row = range.row0; row <= range.row1; row++) {
            for (int col = range.col0; col <= range.col1; col++) {
                double a = overlapArea(model, row, col, xMin, yMin, xMax, yMax);
                if (a > 0) {
                    int cell = row * model.columns + col;
                    ExactSum.add(ph, pl, cell, sign * a);
                    pc[cell] += sign > 0 ? 1 : -1;
                    touched.add(cell);
                }
            }
        }
    }

    private double cellValue(int cell) {
        return count[1][cell] == 0 ? 0.0 : ExactSum.value(hi[1], lo[1], cell) / cellArea;
    }

    @Override
    public void retract(ChangeSet change) {
        touched.clear();
        nonZero[1] = nonZero[0];
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.macro[node]) {
                addMacro(node, -1.0);
            }
        }
    }

    @Override
    public double insert(ChangeSet change) {
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            if (model.macro[node]) {
                addMacro(node, 1.0);
            }
        }
        for (int t = 0; t < touched.size(); t++) {
            int cell = touched.get(t);
            if (count[1][cell] == 0) {
                // nothing covers it any more: exactly empty again
                hi[1][cell] = 0;
                lo[1][cell] = 0;
            }
            double d = cellValue(cell);
            density[1][cell] = d;
            if (count[0][cell] > 0 && count[1][cell] == 0) {
                nonZero[1]--;
            } else if (count[0][cell] == 0 && count[1][cell] > 0) {
                nonZero[1]++;
            }
            top.stage(cell, d);
        }
        top.apply();
        return costFromTop(nonZero[1]);
    }

    @Override
    public void commit() {
        for (int t = 0; t < touched.size(); t++) {
            int cell = touched.get(t);
            hi[0][cell] = hi[1][cell];
            lo[0][cell] = lo[1][cell];
            count[0][cell] = count[1][cell];
            density[0][cell] = density[1][cell];
        }
        nonZero[0] = nonZero[1];
        touched.clear();
        top.forget();
    }

    @Override
    public void revert() {
        for (int t = 0; t < touched.size(); t++) {
            int cell = touched.get(t);
            hi[1][cell] = hi[0][cell];
            lo[1][cell] = lo[0][cell];
            count[1][cell] = count[0][cell];
            density[1][cell] = density[0][cell];
        }
        top.rollback();
        nonZero[1] = nonZero[0];
        touched.clear();
    }
}
