package io.macroplace.cli.report;

/**
 * "Nice" axis ticks: multiples of 1, 2, 2.5 or 5 times a power of ten covering a range, with the
 * decimals needed to print them.
 */
record Ticks(double first, double step, int count, int decimals) {

    /** About {@code target} ticks covering [lo, hi]; the first tick is at or below lo, the last at or above hi. */
    static Ticks covering(double lo, double hi, int target) {
        if (!(hi > lo)) {
            // Flat data: open a window around the value so the axis has a scale.
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        double first = Math.floor(lo / step + 1e-9) * step;
        double last = Math.ceil(hi / step - 1e-9) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++; // steps like 2.5 need one more digit than their power of ten
        }
        return new Ticks(first, step, count, decimals);
    }

    double value(int i) {
        return first + i * step;
    }

    double last() {
        return value(count - 1);
    }

    /** The tick's label; from 10^4 up with a k/M/G suffix, like the values on the chart. */
    String label(int i) {
        double v = value(i);
        double top = Math.max(Math.abs(first), Math.abs(last()));
        return top >= 1e4 ? Fmt.compact(v) : Fmt.fixed(v, decimals);
    }
}
