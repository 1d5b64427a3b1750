package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;

/**
 * Routing capacity taken by hard macros (PROXY_COST.md step 4): per covered cell, V += dx *
 * macro_routes_v and H += dy * macro_routes_h (dx, dy: overlap extents, both 0 unless both are
 * positive). A macro spanning several rows whose bottom or top row is only partly covered gives
 * nothing to V in its top row; one spanning several columns whose left or right column is partly
 * covered gives nothing to H in its rightmost column. The "partly" test runs over every cell of
 * those rows/columns, including cells of zero overlap, as in the reference.
 */
final class MacroBlockage {
    private static final double PARTIAL_EPS = 1e-5;

    /** Receives one macro's contribution to one cell. */
    interface Sink {
        void accept(int cell, double v, double h, boolean vRemoved, boolean hRemoved);
    }

    private final CostModel m;
    private final GridRange range = new GridRange();

    MacroBlockage(CostModel m) {
        this.m = m;
    }

    /** Calls the sink for every cell where the macro has positive overlap in both directions. */
    void forEachCell(PlacementState s, int node, Sink sink) {
        double w = m.width(node, s);
        double ht = m.height(node, s);
        double xMin = s.x(node) - w / 2;
        double xMax = s.x(node) + w / 2;
        double yMin = s.y(node) - ht / 2;
        double yMax = s.y(node) + ht / 2;
        if (!range.of(m, xMin, yMin, xMax, yMax)) {
            return;
        }
        int r0 = range.row0;
        int r1 = range.row1;
        int c0 = range.col0;
        int c1 = range.col1;
        double gw = m.cellWidth;
        double gh = m.cellHeight;
        boolean partialV = false;
        boolean partialH = false;
        if (r1 != r0) {
            for (int c = c0; c <= c1 && !partialV; c++) {
                partialV = Math.abs(distY(r0, c, xMin, yMin, xMax, yMax) - gh) > PARTIAL_EPS
                        || Math.abs(distY(r1, c, xMin, yMin, xMax, yMax) - gh) > PARTIAL_EPS;
            }
        }
        if (c1 != c0) {
            for (int r = r0; r <= r1 && !partialH; r++) {
                partialH = Math.abs(distX(r, c0, xMin, yMin, xMax, yMax) - gw) > PARTIAL_EPS
                        || Math.abs(distX(r, c1, xMin, yMin, xMax, yMax) - gw) > PARTIAL_EPS;
            }
        }
        double mrv = m.settings().macroRoutesV();
        double mrh = m.settings().macroRoutesH();
        for (int r = r0; r <= r1; r++) {
            double dy = Math.min(yMax, (r + 1) * gh) - Math.max(yMin, r * gh);
            for (int c = c0; c <= c1; c++) {
                double dx = Math.min(xMax, (c + 1) * gw) - Math.max(xMin, c * gw);
                if (dx > 0 && dy > 0) {
                    sink.accept(r * m.columns + c, dx * mrv, dy * mrh, partialV && r == r1, partialH && c == c1);
                }
            }
        }
    }

    /** The reference's overlap_dist: (dx, dy) if both positive, else (0, 0); these return one of them. */
    private double distX(int r, int c, double xMin, double yMin, double xMax, double yMax) {
        double dx = Math.min(xMax, (c + 1) * m.cellWidth) - Math.max(xMin, c * m.cellWidth);
        double dy = Math.min(yMax, (r + 1) * m.cellHeight) - Math.max(yMin, r * m.cellHeight);
        return dx > 0 && dy > 0 ? dx : 0;
    }

    private double distY(int r, int c, double xMin, double yMin, double xMax, double yMax) {
        double dx = Math.min(xMax, (c + 1) * m.cellWidth) - Math.max(xMin, c * m.cellWidth);
        double dy = Math.min(yMax, (r + 1) * m.cellHeight) - Math.max(yMin, r * m.cellHeight);
        return dx > 0 && dy > 0 ? dy : 0;
    }
}
