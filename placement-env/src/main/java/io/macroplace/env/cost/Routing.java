package io.macroplace.env.cost;

/**
 * Circuit Training's net routing rules on the grid (PROXY_COST.md, "Net demand"): the distinct
 * cells of a net's pins, the source first, are routed as a 2-cell net, a 3-cell net (cases a-d)
 * or a star of 2-cell nets from the source. Each route is a few H and V segments of demand
 * {@code w}, handed to a {@link DemandDelta} (a negative w takes a route out again).
 */
final class Routing {
    private final int[] column;
    private final int[] row;
    private final DemandDelta demand;

    Routing(CostModel m, DemandDelta demand) {
        this.column = m.cellColumn;
        this.row = m.cellRow;
        this.demand = demand;
    }

    /** Routes the n distinct cells at cells[off..off+n), cells[off] being the source's. */
    void route(int[] cells, int off, int n, double w) {
        if (n < 2) {
            return;
        }
        if (n == 3) {
            threeCells(cells[off], cells[off + 1], cells[off + 2], w);
            return;
        }
        int s = cells[off];
        for (int j = 1; j < n; j++) {
            twoCells(s, cells[off + j], w);
        }
    }

    /** One branch of a star: the 2-cell route from source cell s to cell t. */
    void twoCells(int s, int t, double w) {
        int sr = row[s];
        int sc = column[s];
        int tr = row[t];
        int tc = column[t];
        addH(sr, Math.min(sc, tc), Math.max(sc, tc), w);
        addV(tc, Math.min(sr, tr), Math.max(sr, tr), w);
    }

    private void threeCells(int a, int b, int c, double w) {
        // sort by (col, row)
        int x1 = column[a];
        int y1 = row[a];
        int x2 = column[b];
        int y2 = row[b];
        int x3 = column[c];
        int y3 = row[c];
        int t;
        if (x2 < x1 || (x2 == x1 && y2 < y1)) {
            t = x1; x1 = x2; x2 = t;
            t = y1; y1 = y2; y2 = t;
        }
        if (x3 < x2 || (x3 == x2 && y3 < y2)) {
            t = x2; x2 = x3; x3 = t;
            t = y2; y2 = y3; y3 = t;
            if (x2 < x1 || (x2 == x1 && y2 < y1)) {
                t = x1; x1 = x2; x2 = t;
                t = y1; y1 = y2; y2 = t;
            }
        }
        if (x1 < x2 && x2 < x3 && Math.min(y1, y3) < y2 && Math.max(y1, y3) > y2) {
            // a: L-shaped staircase through the middle cell
            addH(y1, x1, x2, w);
            addH(y2, x2, x3, w);
            addV(x2, Math.min(y1, y2), Math.max(y1, y2), w);
            addV(x3, Math.min(y2, y3), Math.max(y2, y3), w);
        } else if (x2 == x3 && x1 < x2 && y1 < Math.min(y2, y3)) {
            // b
            addH(y1, x1, x2, w);
            addV(x2, y1, Math.max(y2, y3), w);
        } else if (y2 == y3) {
            // c
            addH(y1, x1, x2, w);
            addH(y2, x2, x3, w);
            addV(x2, Math.min(y1, y2), Math.max(y1, y2), w);
        } else {
            // d: T-shape; re-sort by (row, col)
            int xmin = Math.min(x1, Math.min(x2, x3));
            int xmax = Math.max(x1, Math.max(x2, x3));
            if (y2 < y1 || (y2 == y1 && x2 < x1)) {
                t = x1; x1 = x2; x2 = t;
                t = y1; y1 = y2; y2 = t;
            }
            if (y3 < y2 || (y3 == y2 && x3 < x2)) {
                t = x2; x2 = x3; x3 = t;
                t = y2; y2 = y3; y3 = t;
                if (y2 < y1 || (y2 == y1 && x2 < x1)) {
                    t = x1; x1 = x2; x2 = t;
                    t = y1; y1 = y2; y2 = t;
                }
            }
            addH(y2, xmin, xmax, w);
            addV(x1, Math.min(y1, y2), Math.max(y1, y2), w);
            addV(x3, Math.min(y2, y3), Math.max(y2, y3), w);
        }
    }

    /** H demand on row for columns [c0, c1). */
    private void addH(int row, int c0, int c1, double w) {
        demand.h(row, c0, c1, w);
    }

    /** V demand on col for rows [r0, r1). */
    private void addV(int col, int r0, int r1, double w) {
        demand.v(col, r0, r1, w);
    }
}
