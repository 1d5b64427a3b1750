package io.macroplace.netlist.def;

import java.util.Arrays;
import java.util.Optional;

/**
 * Chooses the placement grid (columns x rows) the way Circuit Training's gridding step does, as
 * the TILOS MacroPlacement project documents it (CodeElements/Gridding):
 *
 * <ol>
 * <li>Candidates: 10 <= rows, cols < 128, 500 <= rows * cols <= 2500, grid cells no more than
 *     1.5 times as wide as tall or as tall as wide.</li>
 * <li>Each candidate packs the macros (each grown by a 0.05 µm halo on every side), largest area
 *     first, each centred on the first grid cell in row-major order where it lies inside the
 *     canvas and overlaps no macro packed before it. A candidate on which some macro finds no cell
 *     is dropped.</li>
 * <li>Its score is {@code (1 - horizontal waste) + (1 - vertical waste) + empty ratio}: the empty
 *     ratio is the share of cells that packed macros cover by less than 1e-5 of their area; the
 *     waste along x is the share of a row of cells that macros centred on cells, side by side,
 *     leave unused ({@link #waste}), likewise along y.</li>
 * <li>Of the candidates scoring within 5 % of the best, the one with the highest score per cell
 *     (so the fewest cells) is chosen.</li>
 * </ol>
 */
public final class CtGridding {
    /** The search bounds and constants; {@link #CIRCUIT_TRAINING} are CT's. */
    public record Bounds(int minRows, int maxRowsExclusive, int minCols, int maxColsExclusive, int minCells,
                         int maxCells, double maxAspect, double tolerance, double halo) {
    }

    public static final Bounds CIRCUIT_TRAINING = new Bounds(10, 128, 10, 128, 500, 2500, 1.5, 0.05, 0.05);

    /** The empty-cell threshold: a cell covered by less than this share of its area is empty. */
    private static final double USED_THRESHOLD = 1e-5;

    /**
     * The chosen grid.
     *
     * @param metric     its score
     * @param best       the best score of any candidate
     * @param feasible   how many candidates packed every macro
     * @param candidates how many candidates were tried
     */
    public record Choice(int columns, int rows, double metric, double best, int feasible, int candidates) {
    }

    private CtGridding() {
    }

    /** {@link #choose(double, double, double[], double[], Bounds)} with CT's bounds. */
    public static Optional<Choice> choose(double canvasWidth, double canvasHeight, double[] widths, double[] heights) {
        return choose(canvasWidth, canvasHeight, widths, heights, CIRCUIT_TRAINING);
    }

    /**
     * @param widths  macro widths in microns (as placed: rotated macros with their sides swapped)
     * @param heights macro heights
     * @return the grid, or empty when no candidate packs every macro
     */
    public static Optional<Choice> choose(double canvasWidth, double canvasHeight, double[] widths, double[] heights,
                                          Bounds b) {
        int k = widths.length;
        if (heights.length != k) {
            throw new IllegalArgumentException("widths and heights differ in length");
        }
        double[] w = new double[k];
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = widths[i] + 2 * b.halo();
            h[i] = heights[i] + 2 * b.halo();
        }
        Integer[] byArea = new Integer[k];
        for (int i = 0; i < k; i++) {
            byArea[i] = i;
        }
        Arrays.sort(byArea, (p, q) -> Double.compare(w[q] * h[q], w[p] * h[p])); // stable: ties keep input order
        double[] sw = new double[k];
        double[] sh = new double[k];
        for (int i = 0; i < k; i++) {
            sw[i] = w[byArea[i]];
            sh[i] = h[byArea[i]];
        }
        Packer packer = new Packer(sw, sh, b.maxCells());
        int rowsSpan = b.maxRowsExclusive() - b.minRows();
        int colsSpan = b.maxColsExclusive() - b.minCols();
        double[][] metric = new double[Math.max(rowsSpan, 0)][Math.max(colsSpan, 0)];
        int bestRows = -1;
        int bestCols = -1;
        double best = -1;
        int candidates = 0;
        int feasible = 0;
        for (int m = b.minRows(); m < b.maxRowsExclusive(); m++) {
            Arrays.fill(metric[m - b.minRows()], Double.NaN);
            for (int n = b.minCols(); n < b.maxColsExclusive(); n++) {
                if ((long) m * n > b.maxCells()) {
                    break;
                }
                if ((long) m * n < b.minCells()) {
                    continue;
                }
                double gh = canvasHeight / m;
                double gw = canvasWidth / n;
                if (gh / gw > b.maxAspect() || gw / gh > b.maxAspect()) {
                    continue;
                }
                candidates++;
                int empty = packer.pack(canvasWidth, canvasHeight, m, n);
                if (empty < 0) {
                    continue;
                }
                feasible++;
                double score = (1 - waste(w, gw)) + (1 - waste(h, gh)) + (double) empty / (m * n);
                metric[m - b.minRows()][n - b.minCols()] = score;
                if (score > best) {
                    best = score;
                    bestRows = m;
                    bestCols = n;
                }
            }
        }
        if (bestRows < 0) {
            return Optional.empty();
        }
        int rows = bestRows;
        int cols = bestCols;
        double chosen = best;
        double perCell = best / (bestRows * bestCols);
        for (int m = b.minRows(); m < b.maxRowsExclusive(); m++) {
            for (int n = b.minCols(); n < b.maxColsExclusive(); n++) {
                double s = metric[m - b.minRows()][n - b.minCols()];
                if (!Double.isNaN(s) && s >= (1 - b.tolerance()) * best && s / (m * n) > perCell) {
                    rows = m;
                    cols = n;
                    chosen = s;
                    perCell = s / (m * n);
                }
            }
        }
        return Optional.of(new Choice(cols, rows, chosen, best, feasible, candidates));
    }

    /**
     * The share of a line of grid cells of size {@code cell} that the segments (macro sides), each
     * centred on a cell and placed one after the other, leave unused. A segment centred on a cell
     * spans that cell and {@code index} cells on each side; the part of its last cells it leaves
     * free can take the next segment's overhang when the two overhangs fit in one cell, which saves
     * a cell. The total is the number of cells spanned plus one.
     */
    static double waste(double[] segments, double cell) {
        double total = 0;
        double cells = 0;
        double previousOverhang = 0;
        for (double s : segments) {
            total += s;
            long side = (long) Math.ceil((s - cell) / (2 * cell));
            double span = (2 * side + 1) * cell;
            double overhang = cell - (span - s) / 2; // how far into its outermost cells the segment reaches
            long spanned = 2 * side + 1;
            if (overhang + previousOverhang < cell) {
                spanned--;
            }
            previousOverhang = overhang;
            cells += spanned;
        }
        double length = (cells + 1) * cell;
        return (length - total) / length;
    }

    /** Packs macros on a candidate grid; reused across candidates (no allocation per candidate). */
    private static final class Packer {
        private final double[] w;
        private final double[] h;
        private final double[] x0;
        private final double[] y0;
        private final double[] x1;
        private final double[] y1;
        private final double[] cellArea;
        private final boolean[] centreCovered;
        // per cell, a linked list of the packed macros that touch it
        private final int[] head;
        private int[] next = new int[1024];
        private int[] macroOf = new int[1024];
        private int entries;

        Packer(double[] w, double[] h, int maxCells) {
            this.w = w;
            this.h = h;
            int k = w.length;
            x0 = new double[k];
            y0 = new double[k];
            x1 = new double[k];
            y1 = new double[k];
            cellArea = new double[maxCells];
            centreCovered = new boolean[maxCells];
            head = new int[maxCells];
        }

        /** Packs every macro; the number of empty cells, or -1 when a macro finds no cell. */
        int pack(double width, double height, int rows, int cols) {
            int cells = rows * cols;
            double gw = width / cols;
            double gh = height / rows;
            Arrays.fill(cellArea, 0, cells, 0.0);
            Arrays.fill(centreCovered, 0, cells, false);
            Arrays.fill(head, 0, cells, -1);
            entries = 0;
            int resume = 0;
            for (int i = 0; i < w.length; i++) {
                // a macro the same size as the one before cannot fit in a cell that one skipped
                int from = i > 0 && w[i] == w[i - 1] && h[i] == h[i - 1] ? resume : 0;
                int at = -1;
                for (int c = from; c < cells; c++) {
                    if (centreCovered[c]) {
                        continue;
                    }
                    double cx = (c % cols + 0.5) * gw;
                    double cy = (c / cols + 0.5) * gh;
                    double lx = cx - w[i] / 2;
                    double ly = cy - h[i] / 2;
                    double ux = lx + w[i];
                    double uy = ly + h[i];
                    if (ux > width || uy > height || lx < 0 || ly < 0) {
                        continue;
                    }
                    if (overlapsPacked(lx, ly, ux, uy, gw, gh, rows, cols)) {
                        continue;
                    }
                    at = c;
                    x0[i] = lx;
                    y0[i] = ly;
                    x1[i] = ux;
                    y1[i] = uy;
                    break;
                }
                if (at < 0) {
                    return -1;
                }
                resume = at;
                record(i, gw, gh, rows, cols);
            }
            int empty = 0;
            double area = gw * gh;
            for (int c = 0; c < cells; c++) {
                if (cellArea[c] / area < USED_THRESHOLD) {
                    empty++;
                }
            }
            return empty;
        }

        private boolean overlapsPacked(double lx, double ly, double ux, double uy, double gw, double gh, int rows,
                                       int cols) {
            int c0 = clamp((int) Math.floor(lx / gw), cols);
            int c1 = clamp((int) Math.floor(ux / gw), cols);
            int r0 = clamp((int) Math.floor(ly / gh), rows);
            int r1 = clamp((int) Math.floor(uy / gh), rows);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    for (int e = head[r * cols + c]; e >= 0; e = next[e]) {
                        int j = macroOf[e];
                        if (!(lx >= x1[j] || ly >= y1[j] || ux <= x0[j] || uy <= y0[j])) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private void record(int i, double gw, double gh, int rows, int cols) {
            int c0 = clamp((int) Math.floor(x0[i] / gw), cols);
            int c1 = clamp((int) Math.floor(x1[i] / gw), cols);
            int r0 = clamp((int) Math.floor(y0[i] / gh), rows);
            int r1 = clamp((int) Math.floor(y1[i] / gh), rows);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int cell = r * cols + c;
                    double ox = Math.min(x1[i], (c + 1) * gw) - Math.max(x0[i], c * gw);
                    double oy = Math.min(y1[i], (r + 1) * gh) - Math.max(y0[i], r * gh);
                    if (ox > 0 && oy > 0) {
                        cellArea[cell] += ox * oy;
                    }
                    double cx = (c + 0.5) * gw;
                    double cy = (r + 0.5) * gh;
                    if (cx > x0[i] && cx < x1[i] && cy > y0[i] && cy < y1[i]) {
                        centreCovered[cell] = true;
                    }
                    if (entries == next.length) {
                        next = Arrays.copyOf(next, entries * 2);
                        macroOf = Arrays.copyOf(macroOf, entries * 2);
                    }
                    next[entries] = head[cell];
                    macroOf[entries] = i;
                    head[cell] = entries++;
                }
            }
        }

        private static int clamp(int v, int n) {
            return Math.max(0, Math.min(n - 1, v));
        }
    }
}
