package io.macroplace.netlist.bookshelf;

/**
 * Macro HPWL as the MaskPlace line of papers reports it: for each kept net, the half perimeter of
 * the box around its macro pins (centre + offset), summed without weights. Papers print it in
 * units of 1e5 ({@link #in1e5}).
 */
public final class MacroHpwl {
    private MacroHpwl() {
    }

    /** HPWL with the macros where the design's placement puts them. */
    public static double of(MaskPlaceView view) {
        return of(view, view.xs(), view.ys());
    }

    /** HPWL with macro m centred at (x[m], y[m]). */
    public static double of(MaskPlaceView view, double[] x, double[] y) {
        if (x.length != view.macroCount() || y.length != view.macroCount()) {
            throw new IllegalArgumentException("need one centre per macro: " + view.macroCount());
        }
        double total = 0;
        for (int e = 0; e < view.netCount(); e++) {
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = view.netStart(e); i < view.netEnd(e); i++) {
                int m = view.pinMacro(i);
                double px = x[m] + view.pinDx(i);
                double py = y[m] + view.pinDy(i);
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
            }
            total += (x1 - x0) + (y1 - y0);
        }
        return total;
    }

    public static double in1e5(double hpwl) {
        return hpwl / 1e5;
    }
}
