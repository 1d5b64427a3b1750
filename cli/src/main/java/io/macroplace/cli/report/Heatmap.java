package io.macroplace.cli.report;

/**
 * A value per grid cell drawn under a layout (density, congestion...). Values are row-major
 * with row 0 at the bottom of the canvas, index {@code row * cols + col}, as the cost engine
 * stores them. Colours span [low, high]; give a shared range to compare several pictures.
 */
public record Heatmap(String label, int cols, int rows, double[] values, double low, double high) {
    public Heatmap {
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("heatmap grid must be positive: " + cols + " x " + rows);
        }
        if (values.length != (long) cols * rows) {
            throw new IllegalArgumentException(
                    "heatmap has " + values.length + " values for a " + cols + " x " + rows + " grid");
        }
        if (!(high >= low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("heatmap range out of order: [" + low + ", " + high + "]");
        }
        values = values.clone();
    }

    /** A heatmap whose colour range is the min and max of its finite values (0..1 if none). */
    public static Heatmap of(String label, int cols, int rows, double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        return new Heatmap(label, cols, rows, values, lo, hi);
    }

    public double value(int col, int row) {
        return values[row * cols + col];
    }

    /** Where v lies in [low, high], clamped to [0, 1]; a flat map puts everything at 0. */
    public double normalized(double v) {
        if (high == low) {
            return 0;
        }
        return Math.max(0, Math.min(1, (v - low) / (high - low)));
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
