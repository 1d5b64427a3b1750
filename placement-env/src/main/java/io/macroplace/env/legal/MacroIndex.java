package io.macroplace.env.legal;

import java.util.Arrays;

/**
 * A bucket grid over the canvas holding hard-macro rectangles, for O(local) overlap queries while
 * macros move (SA, coordinate descent). Each macro is listed in every bucket its rectangle
 * touches; a query visits the buckets of the candidate rectangle and de-duplicates with a stamp.
 * Blockages are static obstacles checked by the same query. No allocation after construction
 * (bucket lists grow by doubling, rarely).
 */
public final class MacroIndex {
    private final double width;
    private final double height;
    private final int nx;
    private final int ny;
    private final double bw;
    private final double bh;
    private final double spacing;
    private final double tolerance;
    private final double[] x0;
    private final double[] y0;
    private final double[] x1;
    private final double[] y1;
    private final boolean[] present;
    private final int[][] bucket;
    private final int[] bucketSize;
    private final int[] stamp;
    private int clock;
    private final double[] blockages;

    /**
     * @param macros    number of macro slots (ids 0..macros-1)
     * @param blockages flat {x0, y0, x1, y1} per blockage
     */
    public MacroIndex(Canvas canvas, int macros, double spacing, double tolerance, double[] blockages) {
        this.width = canvas.width();
        this.height = canvas.height();
        this.nx = canvas.columns();
        this.ny = canvas.rows();
        this.bw = width / nx;
        this.bh = height / ny;
        this.spacing = spacing;
        this.tolerance = tolerance;
        this.x0 = new double[macros];
        this.y0 = new double[macros];
        this.x1 = new double[macros];
        this.y1 = new double[macros];
        this.present = new boolean[macros];
        this.bucket = new int[nx * ny][4];
        this.bucketSize = new int[nx * ny];
        this.stamp = new int[macros];
        this.blockages = blockages.clone();
    }

    /** Adds macro {@code id} with centre (cx, cy) and size w x h. */
    public void add(int id, double cx, double cy, double w, double h) {
        x0[id] = cx - w / 2;
        x1[id] = cx + w / 2;
        y0[id] = cy - h / 2;
        y1[id] = cy + h / 2;
        present[id] = true;
        int c0 = col(x0[id]);
        int c1 = col(x1[id]);
        int r0 = row(y0[id]);
        int r1 = row(y1[id]);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * nx + c;
                if (bucketSize[b] == bucket[b].length) {
                    bucket[b] = Arrays.copyOf(bucket[b], bucketSize[b] * 2);
                }
                bucket[b][bucketSize[b]++] = id;
            }
        }
    }

    public void remove(int id) {
        int c0 = col(x0[id]);
        int c1 = col(x1[id]);
        int r0 = row(y0[id]);
        int r1 = row(y1[id]);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * nx + c;
                int[] list = bucket[b];
                for (int i = 0; i < bucketSize[b]; i++) {
                    if (list[i] == id) {
                        list[i] = list[--bucketSize[b]];
                        break;
                    }
                }
            }
        }
        present[id] = false;
    }

    /** Moves macro {@code id} (same size) to centre (cx, cy). */
    public void move(int id, double cx, double cy) {
        double w = x1[id] - x0[id];
        double h = y1[id] - y0[id];
        remove(id);
        add(id, cx, cy, w, h);
    }

    /**
     * True when a w x h macro centred at (cx, cy) lies inside the canvas and clear of blockages
     * and of every indexed macro except {@code ignoreA} and {@code ignoreB} (use -1 for none).
     */
    public boolean fits(double cx, double cy, double w, double h, int ignoreA, int ignoreB) {
        double ax0 = cx - w / 2;
        double ax1 = cx + w / 2;
        double ay0 = cy - h / 2;
        double ay1 = cy + h / 2;
        if (ax0 < -tolerance || ay0 < -tolerance || ax1 > width + tolerance || ay1 > height + tolerance) {
            return false;
        }
        for (int k = 0; k < blockages.length; k += 4) {
            if (Math.min(ax1, blockages[k + 2]) - Math.max(ax0, blockages[k]) > tolerance
                    && Math.min(ay1, blockages[k + 3]) - Math.max(ay0, blockages[k + 1]) > tolerance) {
                return false;
            }
        }
        double qx0 = ax0 - spacing;
        double qx1 = ax1 + spacing;
        double qy0 = ay0 - spacing;
        double qy1 = ay1 + spacing;
        int c0 = col(qx0);
        int c1 = col(qx1);
        int r0 = row(qy0);
        int r1 = row(qy1);
        if (++clock == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            clock = 1;
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * nx + c;
                int[] list = bucket[b];
                for (int i = 0; i < bucketSize[b]; i++) {
                    int m = list[i];
                    if (m == ignoreA || m == ignoreB || stamp[m] == clock) {
                        continue;
                    }
                    stamp[m] = clock;
                    if (Math.min(qx1, x1[m]) - Math.max(qx0, x0[m]) > tolerance
                            && Math.min(qy1, y1[m]) - Math.max(qy0, y0[m]) > tolerance) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private int col(double x) {
        int c = (int) Math.floor(x / bw);
        return c < 0 ? 0 : Math.min(c, nx - 1);
    }

    private int row(double y) {
        int r = (int) Math.floor(y / bh);
        return r < 0 ? 0 : Math.min(r, ny - 1);
    }
}
