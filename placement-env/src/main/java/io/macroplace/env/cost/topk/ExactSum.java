package io.macroplace.env.cost.topk;

/**
 * Error-free running sums (Knuth's TwoSum): {@code hi + lo} is the exact sum of everything added,
 * up to rounding of the tiny {@code lo}. Adding and later subtracting the same doubles therefore
 * leaves no drift, whatever the order: incremental values stay equal to from-scratch sums.
 * Works on caller-owned parallel arrays so that grids of sums need no objects.
 */
public final class ExactSum {
    private ExactSum() {
    }

    /** Adds v to the sum stored at hi[i], lo[i]. */
    public static void add(double[] hi, double[] lo, int i, double v) {
        double a = hi[i];
        double s = a + v;
        double bb = s - a;
        double err = (a - (s - bb)) + (v - bb);
        hi[i] = s;
        lo[i] += err;
    }

    /** The sum stored at i, rounded once. */
    public static double value(double[] hi, double[] lo, int i) {
        return hi[i] + lo[i];
    }
}
