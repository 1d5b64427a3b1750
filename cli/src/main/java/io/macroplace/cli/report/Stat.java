package io.macroplace.cli.report;

/**
 * Mean and standard deviation of a metric over n runs (seeds). The std is the sample standard
 * deviation (divisor n - 1), as reported in placement papers' "mean ± std"; it is 0 for one run.
 * n = 0 is a metric that was not measured: mean and std are NaN ({@link #MISSING}).
 */
public record Stat(double mean, double std, int n) {
    public static final Stat MISSING = new Stat(Double.NaN, Double.NaN, 0);

    public Stat {
        if (n < 0) {
            throw new IllegalArgumentException("negative sample count " + n);
        }
        if (n == 0) {
            if (!Double.isNaN(mean) || !Double.isNaN(std)) {
                throw new IllegalArgumentException("a stat over no samples must have NaN mean and std");
            }
        } else if (!Double.isFinite(mean) || !Double.isFinite(std) || std < 0) {
            throw new IllegalArgumentException("bad stat: mean " + mean + ", std " + std + ", n " + n);
        }
    }

    /** Mean and sample std of the samples (two passes, for accuracy on large values like HPWL). */
    public static Stat of(double... samples) {
        int n = samples.length;
        if (n == 0) {
            return MISSING;
        }
        double sum = 0;
        for (double v : samples) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("sample is not finite: " + v);
            }
            sum += v;
        }
        boolean allEqual = true;
        for (double v : samples) {
            allEqual &= v == samples[0];
        }
        if (allEqual) {
            // Exact, so equal seeds read "0.72", not "0.7200 ± 0.0000" from rounding in the sum.
            return new Stat(samples[0], 0, n);
        }
        double mean = sum / n;
        double sq = 0;
        for (double v : samples) {
            sq += (v - mean) * (v - mean);
        }
        return new Stat(mean, Math.sqrt(sq / (n - 1)), n);
    }

    /** One measurement. */
    public static Stat single(double value) {
        return of(value);
    }

    public boolean isMissing() {
        return n == 0;
    }

    /**
     * "0.6859 ± 0.0012" with about 4 significant digits of the mean (the std gets the same
     * decimals); just the mean for one run or a zero std; "–" when missing.
     */
    public String format() {
        if (n == 0) {
            return "\u2013";
        }
        int decimals = Fmt.decimalsFor(mean != 0 ? mean : std);
        String m = Fmt.fixed(mean, decimals);
        return n == 1 || std == 0 ? m : m + " \u00b1 " + Fmt.fixed(std, decimals);
    }
}
