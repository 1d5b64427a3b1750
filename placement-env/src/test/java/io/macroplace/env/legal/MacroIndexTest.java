package io.macroplace.env.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MacroIndexTest {

    @Test
    void fitsAgreesWithABruteForceCheckWhileMacrosMove() {
        Canvas canvas = new Canvas(100, 80, 7, 5, List.of());
        double[] blockage = {40, 30, 50, 45};
        SplittableRandom r = new SplittableRandom(2);
        int n = 25;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        MacroIndex index = new MacroIndex(canvas, n, 0.5, 1e-9, blockage);
        for (int i = 0; i < n; i++) {
            w[i] = 2 + r.nextDouble() * 15;
            h[i] = 2 + r.nextDouble() * 15;
            x[i] = r.nextDouble() * 100;
            y[i] = r.nextDouble() * 80;
            index.add(i, x[i], y[i], w[i], h[i]);
        }
        for (int step = 0; step < 3000; step++) {
            int a = r.nextInt(n);
            int b = r.nextBoolean() ? r.nextInt(n) : -1;
            double cx = r.nextDouble() * 110 - 5;
            double cy = r.nextDouble() * 90 - 5;
            assertEquals(brute(canvas, blockage, x, y, w, h, a, b, cx, cy), index.fits(cx, cy, w[a], h[a], a, b),
                    "step " + step);
            if (r.nextInt(3) == 0) {
                x[a] = cx;
                y[a] = cy;
                index.move(a, cx, cy);
            }
        }
    }

    private static boolean brute(Canvas c, double[] blk, double[] x, double[] y, double[] w, double[] h, int a, int b,
                                 double cx, double cy) {
        double x0 = cx - w[a] / 2;
        double x1 = cx + w[a] / 2;
        double y0 = cy - h[a] / 2;
        double y1 = cy + h[a] / 2;
        if (x0 < -1e-9 || y0 < -1e-9 || x1 > c.width() + 1e-9 || y1 > c.height() + 1e-9) {
            return false;
        }
        if (Math.min(x1, blk[2]) - Math.max(x0, blk[0]) > 1e-9 && Math.min(y1, blk[3]) - Math.max(y0, blk[1]) > 1e-9) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (i == a || i == b) {
                continue;
            }
            double ox = Math.min(x1 + 0.5, x[i] + w[i] / 2) - Math.max(x0 - 0.5, x[i] - w[i] / 2);
            double oy = Math.min(y1 + 0.5, y[i] + h[i] / 2) - Math.max(y0 - 0.5, y[i] - h[i] / 2);
            if (ox > 1e-9 && oy > 1e-9) {
                return false;
            }
        }
        return true;
    }
}
