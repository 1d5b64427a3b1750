package io.macroplace.env.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.model.PositionGrid;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LegalMaskTest {

    @Test
    void maskMatchesPointByPointOverlapTest() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 50; trial++) {
            PositionGrid g = new PositionGrid(100, 80, 5 + r.nextInt(30), 5 + r.nextInt(30));
            int count = r.nextInt(12);
            double[] obs = new double[4 * count];
            for (int k = 0; k < count; k++) {
                double x0 = r.nextDouble() * 90;
                double y0 = r.nextDouble() * 70;
                obs[4 * k] = x0;
                obs[4 * k + 1] = y0;
                obs[4 * k + 2] = x0 + 1 + r.nextDouble() * 20;
                obs[4 * k + 3] = y0 + 1 + r.nextDouble() * 20;
            }
            double w = 2 + r.nextDouble() * 20;
            double h = 2 + r.nextDouble() * 20;
            double spacing = trial % 2 == 0 ? 0 : r.nextDouble() * 3;
            boolean[] out = new boolean[g.size()];
            int legal = new LegalMask(g).compute(w, h, obs, count, spacing, 1e-9, out);
            int naiveLegal = 0;
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double cx = g.x(i);
                    double cy = g.y(j);
                    boolean ok = cx - w / 2 >= -1e-9 && cx + w / 2 <= 100 + 1e-9 && cy - h / 2 >= -1e-9
                            && cy + h / 2 <= 80 + 1e-9 && FreeSpot.free(cx, cy, w, h, obs, count, spacing, 1e-9);
                    assertEquals(ok, out[j * g.nx() + i], "trial " + trial + " point " + i + "," + j);
                    if (ok) {
                        naiveLegal++;
                    }
                }
            }
            assertEquals(naiveLegal, legal);
        }
    }

    @Test
    void touchingAnObstacleIsLegal() {
        PositionGrid g = new PositionGrid(40, 10, 4, 1); // centres at x = 5, 15, 25, 35, y = 5
        boolean[] out = new boolean[4];
        // obstacle [0,10] x [0,10]; a 10x10 macro centred at 15 touches it
        new LegalMask(g).compute(10, 10, new double[] {0, 0, 10, 10}, 1, 0, 1e-9, out);
        assertEquals(false, out[0]);
        assertEquals(true, out[1]);
        new LegalMask(g).compute(10, 10, new double[] {0, 0, 10, 10}, 1, 0.5, 1e-9, out);
        assertEquals(false, out[1], "spacing 0.5 forbids touching");
    }
}
