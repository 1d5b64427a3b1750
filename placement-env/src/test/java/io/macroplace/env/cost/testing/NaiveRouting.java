package io.macroplace.env.cost.testing;

import io.macroplace.env.cost.CostSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The routing and blockage rules of PROXY_COST.md, transcribed literally. Cells are (col, row) lists. */
final class NaiveRouting {
    private NaiveRouting() {
    }

    static void h(int row, int fromCol, int toCol, double w, double[] h, int cols) {
        for (int c = fromCol; c < toCol; c++) {
            h[row * cols + c] += w;
        }
    }

    static void v(int col, int fromRow, int toRow, double w, double[] v, int cols) {
        for (int r = fromRow; r < toRow; r++) {
            v[r * cols + col] += w;
        }
    }

    static void two(List<Integer> s, List<Integer> t, double w, double[] vv, double[] hh, int cols) {
        h(s.get(1), Math.min(s.get(0), t.get(0)), Math.max(s.get(0), t.get(0)), w, hh, cols);
        v(t.get(0), Math.min(s.get(1), t.get(1)), Math.max(s.get(1), t.get(1)), w, vv, cols);
    }

    static void three(List<List<Integer>> cells, double w, double[] vv, double[] hh, int cols) {
        List<List<Integer>> c = new ArrayList<>(cells);
        c.sort(Comparator.<List<Integer>>comparingInt(a -> a.get(0)).thenComparingInt(a -> a.get(1)));
        int x1 = c.get(0).get(0), y1 = c.get(0).get(1);
        int x2 = c.get(1).get(0), y2 = c.get(1).get(1);
        int x3 = c.get(2).get(0), y3 = c.get(2).get(1);
        if (x1 < x2 && x2 < x3 && Math.min(y1, y3) < y2 && y2 < Math.max(y1, y3)) {
            h(y1, x1, x2, w, hh, cols);
            h(y2, x2, x3, w, hh, cols);
            v(x2, Math.min(y1, y2), Math.max(y1, y2), w, vv, cols);
            v(x3, Math.min(y2, y3), Math.max(y2, y3), w, vv, cols);
        } else if (x2 == x3 && x1 < x2 && y1 < Math.min(y2, y3)) {
            h(y1, x1, x2, w, hh, cols);
            v(x2, y1, Math.max(y2, y3), w, vv, cols);
        } else if (y2 == y3) {
            h(y1, x1, x2, w, hh, cols);
            h(y2, x2, x3, w, hh, cols);
            v(x2, Math.min(y1, y2), Math.max(y1, y2), w, vv, cols);
        } else {
            c.sort(Comparator.<List<Integer>>comparingInt(a -> a.get(1)).thenComparingInt(a -> a.get(0)));
            int minX = Math.min(x1, Math.min(x2, x3));
            int maxX = Math.max(x1, Math.max(x2, x3));
            x1 = c.get(0).get(0);
            y1 = c.get(0).get(1);
            y2 = c.get(1).get(1);
            x3 = c.get(2).get(0);
            y3 = c.get(2).get(1);
            h(y2, minX, maxX, w, hh, cols);
            v(x1, Math.min(y1, y2), Math.max(y1, y2), w, vv, cols);
            v(x3, Math.min(y2, y3), Math.max(y2, y3), w, vv, cols);
        }
    }

    /** Hard-macro blockage of rectangle r = {x0, y0, x1, y1}, unnormalised, into bv / bh. */
    static void blockage(double[] r, CostSettings s, double[] bv, double[] bh) {
        int cols = s.columns();
        int rows = s.rows();
        double gw = s.canvasWidth() / cols;
        double gh = s.canvasHeight() / rows;
        int urRow = (int) Math.floor(r[3] / gh);
        int urCol = (int) Math.floor(r[2] / gw);
        if (urRow < 0 || urCol < 0) {
            return;
        }
        int blRow = Math.max(0, (int) Math.floor(r[1] / gh));
        int blCol = Math.max(0, (int) Math.floor(r[0] / gw));
        urRow = Math.min(urRow, rows - 1);
        urCol = Math.min(urCol, cols - 1);
        double[][] dist = new double[rows * cols][];
        boolean partialV = false;
        boolean partialH = false;
        for (int row = blRow; row <= urRow; row++) {
            for (int col = blCol; col <= urCol; col++) {
                double dx = Math.min(r[2], (col + 1) * gw) - Math.max(r[0], col * gw);
                double dy = Math.min(r[3], (row + 1) * gh) - Math.max(r[1], row * gh);
                if (!(dx > 0 && dy > 0)) {
                    dx = 0;
                    dy = 0;
                }
                dist[row * cols + col] = new double[] {dx, dy};
                if (urRow != blRow && (row == blRow || row == urRow) && Math.abs(dy - gh) > 1e-5) {
                    partialV = true;
                }
                if (urCol != blCol && (col == blCol || col == urCol) && Math.abs(dx - gw) > 1e-5) {
                    partialH = true;
                }
                bv[row * cols + col] += dx * s.macroRoutesV();
                bh[row * cols + col] += dy * s.macroRoutesH();
            }
        }
        if (partialV) {
            for (int col = blCol; col <= urCol; col++) {
                bv[urRow * cols + col] -= dist[urRow * cols + col][0] * s.macroRoutesV();
            }
        }
        if (partialH) {
            for (int row = blRow; row <= urRow; row++) {
                bh[row * cols + urCol] -= dist[row * cols + urCol][1] * s.macroRoutesH();
            }
        }
    }
}
