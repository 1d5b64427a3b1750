package io.macroplace.env.softmacro;

import io.macroplace.env.legal.Canvas;
import io.macroplace.env.model.MacroNetModel;

/**
 * Places soft macros (standard-cell clusters) by forces, in the spirit of Circuit Training's
 * force-directed pass: each round, every movable soft macro is pulled towards the pin centroid of
 * each of its nets (ports and hard-macro pins included) and pushed out of every macro it overlaps
 * (soft or hard); forces are scaled so that the largest move is bounded (the bound shrinks over
 * the rounds), and soft macros are kept inside the canvas. Hard macros and fixed objects do not
 * move. Deterministic: no randomness, a fixed visiting order.
 */
public final class ForceDirectedPlacer {
    private final MacroNetModel m;
    private final Canvas canvas;
    private final ForceDirectedConfig config;
    private final double[] fx;
    private final double[] fy;

    public ForceDirectedPlacer(MacroNetModel model, Canvas canvas, ForceDirectedConfig config) {
        this.m = model;
        this.canvas = canvas;
        this.config = config;
        int n = model.objectCount();
        fx = new double[n];
        fy = new double[n];
    }

    public ForceDirectedConfig config() {
        return config;
    }

    /** Moves the soft macros in the object-centre arrays {@code x, y}; everything else stays. */
    public void place(double[] x, double[] y) {
        int h = m.hardCount;
        int n = m.objectCount();
        if (config.fromCentre()) {
            for (int o = h; o < n; o++) {
                if (!m.objFixed[o]) {
                    x[o] = canvas.width() / 2;
                    y[o] = canvas.height() / 2;
                }
            }
        }
        double side = Math.max(canvas.width(), canvas.height());
        for (int r = 0; r < config.rounds(); r++) {
            double t = config.rounds() == 1 ? 1 : (double) r / (config.rounds() - 1);
            double maxStep = side * (config.maxStepFrac() + t * (config.minStepFrac() - config.maxStepFrac()));
            java.util.Arrays.fill(fx, 0);
            java.util.Arrays.fill(fy, 0);
            attract(x, y);
            repel(x, y);
            double largest = 0;
            for (int o = h; o < n; o++) {
                if (!m.objFixed[o]) {
                    largest = Math.max(largest, Math.hypot(fx[o], fy[o]));
                }
            }
            if (largest == 0) {
                break;
            }
            double scale = Math.min(1.0, maxStep / largest);
            for (int o = h; o < n; o++) {
                if (m.objFixed[o]) {
                    continue;
                }
                x[o] = clamp(x[o] + scale * fx[o], m.objW[o] / 2, canvas.width() - m.objW[o] / 2);
                y[o] = clamp(y[o] + scale * fy[o], m.objH[o] / 2, canvas.height() - m.objH[o] / 2);
            }
        }
    }

    private void attract(double[] x, double[] y) {
        double a = config.attraction();
        if (a == 0) {
            return;
        }
        int[] start = m.netStart;
        for (int net = 0; net < m.netCount; net++) {
            int s = start[net];
            int e = start[net + 1];
            if (e - s < 2) {
                continue;
            }
            double cx = 0;
            double cy = 0;
            for (int p = s; p < e; p++) {
                int o = m.pinObj[p];
                cx += o < 0 ? m.pinX[p] : x[o] + m.pinX[p];
                cy += o < 0 ? m.pinY[p] : y[o] + m.pinY[p];
            }
            int k = e - s;
            cx /= k;
            cy /= k;
            double w = a * m.netWeight[net] / (k - 1);
            for (int p = s; p < e; p++) {
                int o = m.pinObj[p];
                if (o < m.hardCount) {
                    continue; // fixed pins and hard macros do not move here
                }
                fx[o] += w * (cx - x[o]);
                fy[o] += w * (cy - y[o]);
            }
        }
    }

    private void repel(double[] x, double[] y) {
        double k = config.repulsion();
        if (k == 0) {
            return;
        }
        int h = m.hardCount;
        int n = m.objectCount();
        for (int i = h; i < n; i++) {
            double xi = x[i];
            double yi = y[i];
            double wi = m.objW[i] / 2;
            double hi = m.objH[i] / 2;
            for (int j = 0; j < n; j++) {
                if (j == i || (j >= h && j < i)) {
                    continue; // soft pairs are visited once, with j > i
                }
                double ox = wi + m.objW[j] / 2 - Math.abs(xi - x[j]);
                if (ox <= 0) {
                    continue;
                }
                double oy = hi + m.objH[j] / 2 - Math.abs(yi - y[j]);
                if (oy <= 0) {
                    continue;
                }
                double dx = xi - x[j];
                double dy = yi - y[j];
                double len = Math.hypot(dx, dy);
                if (len < 1e-9) {
                    // coincident centres: separate along x by index, deterministically
                    dx = i < j ? -1 : 1;
                    dy = 0;
                    len = 1;
                }
                double f = k * Math.min(ox, oy);
                double ux = f * dx / len;
                double uy = f * dy / len;
                fx[i] += ux;
                fy[i] += uy;
                if (j >= h) {
                    fx[j] -= ux;
                    fy[j] -= uy;
                }
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
