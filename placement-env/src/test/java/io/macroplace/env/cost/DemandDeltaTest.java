package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Segment events against adding the demand cell by cell. */
class DemandDeltaTest {

    @Test
    void flushAddsWhatTheSegmentsCoverAndRecordsOnlyChangedCells() {
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            int cols = 1 + r.nextInt(12);
            int rows = 1 + r.nextInt(12);
            DemandDelta d = new DemandDelta(cols, rows);
            double[] h = new double[cols * rows];
            double[] v = new double[cols * rows];
            double[] expectH = new double[cols * rows];
            double[] expectV = new double[cols * rows];
            for (int s = 0; s < 30; s++) {
                double w = r.nextBoolean() ? 1 + r.nextInt(3) : 1.5;
                if (r.nextInt(4) == 0) {
                    w = -w;
                }
                int row = r.nextInt(rows);
                int c0 = r.nextInt(cols + 1);
                int c1 = r.nextInt(cols + 1);
                d.h(row, Math.min(c0, c1), Math.max(c0, c1), w);
                for (int c = Math.min(c0, c1); c < Math.max(c0, c1); c++) {
                    expectH[row * cols + c] += w;
                }
                int col = r.nextInt(cols);
                int r0 = r.nextInt(rows + 1);
                int r1 = r.nextInt(rows + 1);
                d.v(col, Math.min(r0, r1), Math.max(r0, r1), w);
                for (int q = Math.min(r0, r1); q < Math.max(r0, r1); q++) {
                    expectV[q * cols + col] += w;
                }
                if (r.nextInt(3) == 0) {
                    // the same segment taken out again: nothing may remain of it
                    d.h(row, Math.min(c0, c1), Math.max(c0, c1), -w);
                    for (int c = Math.min(c0, c1); c < Math.max(c0, c1); c++) {
                        expectH[row * cols + c] -= w;
                    }
                }
            }
            int[] cells = new int[cols * rows];
            double[] old = new double[cols * rows];
            int n = d.flushH(h, cells, old, 0);
            int changed = 0;
            for (int i = 0; i < cols * rows; i++) {
                assertEquals(expectH[i], h[i], 0.0, "H cell " + i + " round " + round);
                if (expectH[i] != 0) {
                    changed++;
                }
            }
            assertEquals(changed, n, "recorded cells, round " + round);
            for (int i = 0; i < n; i++) {
                assertEquals(0.0, old[i]);
            }
            d.flushV(v, null, null, 0);
            for (int i = 0; i < cols * rows; i++) {
                assertEquals(expectV[i], v[i], 0.0, "V cell " + i + " round " + round);
            }
            // flushed: the events are cleared, a second flush adds nothing
            assertEquals(0, d.flushH(h, cells, old, 0));
        }
    }
}
