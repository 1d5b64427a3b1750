package io.macroplace.rl.imitate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpertActionsTest {

    @Test
    void picksTheNearestLegalCellCentre() {
        // 4 x 2 cells of 10 x 10 on a 40 x 20 canvas; centres at x 5, 15, 25, 35 and y 5, 15
        boolean[] legal = new boolean[8];
        legal[0] = true;  // (5, 5)
        legal[6] = true;  // (25, 15)
        assertEquals(0, ExpertActions.nearestLegal(legal, 4, 2, 40, 20, 14, 9));  // 9.8 vs 12.5 away
        assertEquals(6, ExpertActions.nearestLegal(legal, 4, 2, 40, 20, 16, 11)); // 9.8 vs 11.7 away
        assertEquals(6, ExpertActions.nearestLegal(legal, 4, 2, 40, 20, 39, 1));
        legal[6] = false;
        assertEquals(0, ExpertActions.nearestLegal(legal, 4, 2, 40, 20, 39, 19));
        legal[0] = false;
        assertEquals(-1, ExpertActions.nearestLegal(legal, 4, 2, 40, 20, 39, 19));
    }

    @Test
    void isLegalAndNoLegalCellIsCloserOnRandomMasks() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int cols = 1 + rng.nextInt(30);
            int rows = 1 + rng.nextInt(30);
            double w = 10 + rng.nextDouble() * 500;
            double h = 10 + rng.nextDouble() * 500;
            boolean[] legal = new boolean[cols * rows];
            double density = rng.nextDouble();
            boolean any = false;
            for (int i = 0; i < legal.length; i++) {
                legal[i] = rng.nextDouble() < density;
                any |= legal[i];
            }
            double x = rng.nextDouble() * w;
            double y = rng.nextDouble() * h;
            int cell = ExpertActions.nearestLegal(legal, cols, rows, w, h, x, y);
            if (!any) {
                assertEquals(-1, cell);
                continue;
            }
            assertTrue(cell >= 0 && legal[cell], "chose an illegal cell");
            double best = dist(cell, cols, rows, w, h, x, y);
            for (int c = 0; c < legal.length; c++) {
                if (legal[c]) {
                    double d = dist(c, cols, rows, w, h, x, y);
                    assertTrue(d > best || (d == best && c >= cell), "cell " + c + " is nearer than " + cell);
                }
            }
        }
    }

    private static double dist(int cell, int cols, int rows, double w, double h, double x, double y) {
        double cx = (cell % cols + 0.5) * w / cols;
        double cy = (cell / cols + 0.5) * h / rows;
        return (cx - x) * (cx - x) + (cy - y) * (cy - y);
    }
}
