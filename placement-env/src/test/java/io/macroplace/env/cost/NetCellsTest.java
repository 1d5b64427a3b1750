package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.testing.RandomDesigns;
import io.macroplace.env.state.PlacementState;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cell sets under pin moves against recounting, and restore putting every slot back where it was. */
class NetCellsTest {

    @Test
    void movesKeepTheCellSetsAndRestoreUndoesThemSlotForSlot() {
        for (long seed = 0; seed < 200; seed++) {
            RandomDesigns.Design d = RandomDesigns.design(seed);
            CostModel m = CostModel.of(d.netlist(), d.settings());
            double[] xy = m.pinPositions(PlacementState.of(d.netlist()), null);
            int[] pinCell = new int[m.pinCount()];
            for (int p = 0; p < pinCell.length; p++) {
                pinCell[p] = m.cellOf(xy[2 * p], xy[2 * p + 1]);
            }
            NetCells cells = new NetCells(m);
            cells.build(xy);
            SplittableRandom r = new SplittableRandom(seed);
            for (int round = 0; round < 20 && m.netCount > 0; round++) {
                int[][] before = snapshot(m, cells);
                int[] cellsBefore = pinCell.clone();
                int budget = Math.max(1, m.maxNodePins);
                for (int i = 0; i < budget; i++) {
                    int net = r.nextInt(m.netCount);
                    int p = m.netStart[net] + r.nextInt(m.netStart[net + 1] - m.netStart[net]);
                    int b = r.nextInt(m.cellCount());
                    if (b != pinCell[p]) {
                        int result = cells.move(net, pinCell[p], b);
                        pinCell[p] = b;
                        assertEquals(joined(m, pinCell, net, p, b), result & NetCells.JOINED);
                    }
                    if (r.nextInt(3) == 0) {
                        cells.setSource(net, pinCell[m.netStart[net]]);
                    }
                    assertEquals(distinct(m, pinCell, net), sorted(m, cells, net), "seed " + seed);
                }
                if (r.nextBoolean()) {
                    cells.restore();
                    System.arraycopy(cellsBefore, 0, pinCell, 0, pinCell.length);
                    int[][] after = snapshot(m, cells);
                    for (int n = 0; n < m.netCount; n++) {
                        assertArrayEquals(before[n], after[n], "seed " + seed + " net " + n);
                    }
                } else {
                    cells.forget();
                }
            }
        }
    }

    /** JOINED when b held no other pin of the net after the move. */
    private static int joined(CostModel m, int[] pinCell, int net, int moved, int b) {
        for (int p = m.netStart[net]; p < m.netStart[net + 1]; p++) {
            if (p != moved && pinCell[p] == b) {
                return 0;
            }
        }
        return NetCells.JOINED;
    }

    private static String distinct(CostModel m, int[] pinCell, int net) {
        return Arrays.toString(Arrays.stream(pinCell, m.netStart[net], m.netStart[net + 1]).distinct().sorted().toArray());
    }

    private static String sorted(CostModel m, NetCells cells, int net) {
        int[] c = new int[cells.count(net)];
        for (int i = 0; i < c.length; i++) {
            c[i] = cells.cell(net, i);
        }
        Arrays.sort(c);
        return Arrays.toString(c);
    }

    /** Per net: count, source, then its cells in slot order. */
    private static int[][] snapshot(CostModel m, NetCells cells) {
        int[][] s = new int[m.netCount][];
        for (int n = 0; n < m.netCount; n++) {
            s[n] = new int[2 + cells.count(n)];
            s[n][0] = cells.count(n);
            s[n][1] = cells.source(n);
            for (int i = 0; i < cells.count(n); i++) {
                s[n][2 + i] = cells.cell(n, i);
            }
            assertTrue(s[n][0] <= m.netStart[n + 1] - m.netStart[n]);
        }
        return s;
    }
}
