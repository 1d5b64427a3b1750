package io.macroplace.env.model;

import java.util.Arrays;

/**
 * Bounding boxes, per net, of the pins already placed: fixed pins plus the objects flagged placed.
 * Placing an object only grows boxes, so sequential placement updates them in O(pins of the object).
 * {@link #delta} is the weighted HPWL increase of placing an object at a point.
 */
public final class NetBoxes {
    private final MacroNetModel m;
    final double[] xl;
    final double[] xh;
    final double[] yl;
    final double[] yh;
    final int[] count;

    public NetBoxes(MacroNetModel model) {
        this.m = model;
        int n = model.netCount;
        xl = new double[n];
        xh = new double[n];
        yl = new double[n];
        yh = new double[n];
        count = new int[n];
    }

    /** Recomputes every box from the fixed pins and the placed objects. */
    public void reset(boolean[] placed, double[] x, double[] y) {
        Arrays.fill(xl, Double.POSITIVE_INFINITY);
        Arrays.fill(yl, Double.POSITIVE_INFINITY);
        Arrays.fill(xh, Double.NEGATIVE_INFINITY);
        Arrays.fill(yh, Double.NEGATIVE_INFINITY);
        Arrays.fill(count, 0);
        for (int n = 0; n < m.netCount; n++) {
            for (int p = m.netStart[n]; p < m.netStart[n + 1]; p++) {
                int o = m.pinObj[p];
                if (o >= 0 && !placed[o]) {
                    continue;
                }
                double px = o < 0 ? m.pinX[p] : x[o] + m.pinX[p];
                double py = o < 0 ? m.pinY[p] : y[o] + m.pinY[p];
                include(n, px, py, px, py);
            }
        }
    }

    private void include(int n, double x0, double y0, double x1, double y1) {
        xl[n] = Math.min(xl[n], x0);
        xh[n] = Math.max(xh[n], x1);
        yl[n] = Math.min(yl[n], y0);
        yh[n] = Math.max(yh[n], y1);
        count[n]++;
    }

    /** Adds an object's pins at centre (cx, cy). The object must not be in the boxes yet. */
    public void add(int object, double cx, double cy) {
        for (int e = m.objEntryStart[object]; e < m.objEntryStart[object + 1]; e++) {
            include(m.entryNet[e], cx + m.entryDxMin[e], cy + m.entryDyMin[e], cx + m.entryDxMax[e], cy + m.entryDyMax[e]);
        }
    }

    /** Weighted HPWL increase of adding the object's pins at centre (cx, cy). */
    public double delta(int object, double cx, double cy) {
        double d = 0;
        for (int e = m.objEntryStart[object]; e < m.objEntryStart[object + 1]; e++) {
            int n = m.entryNet[e];
            double w = m.netWeight[n];
            double a = cx + m.entryDxMin[e];
            double b = cx + m.entryDxMax[e];
            double c = cy + m.entryDyMin[e];
            double f = cy + m.entryDyMax[e];
            if (count[n] == 0) {
                d += w * ((b - a) + (f - c));
            } else {
                d += w * (Math.max(0, b - xh[n]) + Math.max(0, xl[n] - a) + Math.max(0, f - yh[n]) + Math.max(0, yl[n] - c));
            }
        }
        return d;
    }

    /**
     * The wire mask of an object over a position grid: {@code colCost[i] + rowCost[j]} is
     * {@link #delta} at position (i, j). Per net the increase is a sum of hinge functions of x (and
     * of y), so all columns are done with difference arrays in O(entries + nx) (WireMask-BBO).
     *
     * @param scratch at least 4 * max(nx, ny) + 4 doubles
     */
    public void wireMask(int object, PositionGrid g, double[] colCost, double[] rowCost, double[] scratch) {
        double constant = 0;
        int nx = g.nx();
        int ny = g.ny();
        int stride = Math.max(nx, ny) + 1;
        Arrays.fill(scratch, 0, 4 * stride, 0);
        // x
        for (int e = m.objEntryStart[object]; e < m.objEntryStart[object + 1]; e++) {
            int n = m.entryNet[e];
            double w = m.netWeight[n];
            if (count[n] == 0) {
                constant += w * ((m.entryDxMax[e] - m.entryDxMin[e]) + (m.entryDyMax[e] - m.entryDyMin[e]));
                continue;
            }
            hinges(scratch, stride, w, xh[n] - m.entryDxMax[e], xl[n] - m.entryDxMin[e], g.dx(), nx);
        }
        accumulate(scratch, stride, g.dx(), nx, colCost, constant);
        Arrays.fill(scratch, 0, 4 * stride, 0);
        for (int e = m.objEntryStart[object]; e < m.objEntryStart[object + 1]; e++) {
            int n = m.entryNet[e];
            if (count[n] == 0) {
                continue;
            }
            hinges(scratch, stride, m.netWeight[n], yh[n] - m.entryDyMax[e], yl[n] - m.entryDyMin[e], g.dy(), ny);
        }
        accumulate(scratch, stride, g.dy(), ny, rowCost, 0);
    }

    /** w*max(0, x - u) + w*max(0, v - x) at x_i = (i + 0.5) * step as difference arrays. */
    private static void hinges(double[] s, int stride, double w, double u, double v, double step, int n) {
        // first index with x_i > u
        int k = (int) Math.floor(u / step - 0.5) + 1;
        k = Math.max(0, Math.min(n, k));
        s[k] += w;
        s[stride + k] += w * u;
        // indices i < k2 have x_i < v
        int k2 = (int) Math.ceil(v / step - 0.5);
        k2 = Math.max(0, Math.min(n, k2));
        s[2 * stride] += w;
        s[2 * stride + k2] -= w;
        s[3 * stride] += w * v;
        s[3 * stride + k2] -= w * v;
    }

    private static void accumulate(double[] s, int stride, double step, int n, double[] out, double constant) {
        double a = 0;
        double b = 0;
        double a2 = 0;
        double b2 = 0;
        for (int i = 0; i < n; i++) {
            a += s[i];
            b += s[stride + i];
            a2 += s[2 * stride + i];
            b2 += s[3 * stride + i];
            double x = (i + 0.5) * step;
            out[i] = constant + (a * x - b) + (b2 - a2 * x);
        }
    }
}
