package io.macroplace.env.cost;

import java.util.Arrays;

/**
 * Routed net demand collected as difference arrays: a horizontal segment on a row adds {@code +w}
 * at its first column and {@code -w} past its last, a vertical one likewise on its column, so a
 * segment costs two writes whatever its length. {@link #flushH}/{@link #flushV} then run one prefix
 * sum over the span of each row or column that received events and add the non-zero results to
 * the grid. For a move, the removed old routes and the added new ones cancel in the events, so
 * only cells whose demand really changes are written; for a full evaluation the work is the
 * number of segments plus the cells, not the summed segment lengths.
 *
 * <p>Demands are sums of net weights; with integer or other dyadic weights every sum is exact,
 * in any order.
 */
final class DemandDelta {
    private final int columns;
    private final int rows;
    /** Row r's events at r * (columns + 1) + column. */
    private final double[] hEvents;
    /** Column c's events at c * (rows + 1) + row. */
    private final double[] vEvents;
    /** Per row: first and last event column; first > last when the row has none. */
    private final int[] hFirst;
    private final int[] hLast;
    private final int[] vFirst;
    private final int[] vLast;
    private final int[] hRows;
    private int hRowCount;
    private final int[] vColumns;
    private int vColumnCount;

    DemandDelta(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        hEvents = new double[rows * (columns + 1)];
        vEvents = new double[columns * (rows + 1)];
        hFirst = new int[rows];
        hLast = new int[rows];
        vFirst = new int[columns];
        vLast = new int[columns];
        Arrays.fill(hFirst, Integer.MAX_VALUE);
        Arrays.fill(hLast, Integer.MIN_VALUE);
        Arrays.fill(vFirst, Integer.MAX_VALUE);
        Arrays.fill(vLast, Integer.MIN_VALUE);
        hRows = new int[rows];
        vColumns = new int[columns];
    }

    /** H demand w on row for columns [c0, c1). */
    void h(int row, int c0, int c1, double w) {
        if (c0 >= c1) {
            return;
        }
        int base = row * (columns + 1);
        hEvents[base + c0] += w;
        hEvents[base + c1] -= w;
        if (hFirst[row] > hLast[row]) {
            hRows[hRowCount++] = row;
            hFirst[row] = c0;
            hLast[row] = c1;
        } else {
            hFirst[row] = Math.min(hFirst[row], c0);
            hLast[row] = Math.max(hLast[row], c1);
        }
    }

    /** V demand w on col for rows [r0, r1). */
    void v(int col, int r0, int r1, double w) {
        if (r0 >= r1) {
            return;
        }
        int base = col * (rows + 1);
        vEvents[base + r0] += w;
        vEvents[base + r1] -= w;
        if (vFirst[col] > vLast[col]) {
            vColumns[vColumnCount++] = col;
            vFirst[col] = r0;
            vLast[col] = r1;
        } else {
            vFirst[col] = Math.min(vFirst[col], r0);
            vLast[col] = Math.max(vLast[col], r1);
        }
    }

    /**
     * Adds the collected H demand to {@code grid} (cell row * columns + col) and clears the events.
     * When {@code cells} is given, each changed cell and its value before are recorded at
     * cells[off..], old[off..]; returns the new end of that record.
     */
    int flushH(double[] grid, int[] cells, double[] old, int off) {
        int n = off;
        for (int i = 0; i < hRowCount; i++) {
            int row = hRows[i];
            int base = row * (columns + 1);
            int cellBase = row * columns;
            double acc = 0;
            for (int c = hFirst[row], e = hLast[row]; c < e; c++) {
                acc += hEvents[base + c];
                hEvents[base + c] = 0;
                if (acc != 0) {
                    int cell = cellBase + c;
                    if (cells != null) {
                        cells[n] = cell;
                        old[n++] = grid[cell];
                    }
                    grid[cell] += acc;
                }
            }
            hEvents[base + hLast[row]] = 0;
            hFirst[row] = Integer.MAX_VALUE;
            hLast[row] = Integer.MIN_VALUE;
        }
        hRowCount = 0;
        return n;
    }

    /** Like {@link #flushH} for the V demand. */
    int flushV(double[] grid, int[] cells, double[] old, int off) {
        int n = off;
        for (int i = 0; i < vColumnCount; i++) {
            int col = vColumns[i];
            int base = col * (rows + 1);
            double acc = 0;
            for (int r = vFirst[col], e = vLast[col]; r < e; r++) {
                acc += vEvents[base + r];
                vEvents[base + r] = 0;
                if (acc != 0) {
                    int cell = r * columns + col;
                    if (cells != null) {
                        cells[n] = cell;
                        old[n++] = grid[cell];
                    }
                    grid[cell] += acc;
                }
            }
            vEvents[base + vLast[col]] = 0;
            vFirst[col] = Integer.MAX_VALUE;
            vLast[col] = Integer.MIN_VALUE;
        }
        vColumnCount = 0;
        return n;
    }
}
