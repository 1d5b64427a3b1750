package io.macroplace.cli.report;

import java.awt.Color;

/**
 * Two stacked panels sharing the iteration axis: mean episode return (top) and best proxy
 * cost so far (bottom). Separate panels rather than twin axes, so neither scale is misread.
 */
public final class TrainingCurveChart {
    static final double LEFT = 80;
    static final double RIGHT = 24;
    static final double TOP = 44;
    static final double GAP = 26;
    static final double BOTTOM = 48;

    private TrainingCurveChart() {
    }

    public static Drawing draw(String title, TrainingCurve curve, ChartStyle style) {
        Drawing.Builder d = Drawing.builder(style.width(), style.height(), style.background());
        d.add(new Shape.Text(style.width() / 2.0, 24, title, 16, style.text(), Shape.Anchor.MIDDLE, true, 0));
        Panel[] panels = panels(curve, style);
        double[] xs = curve.iterations();
        Ticks xTicks = Ticks.covering(xs[0], xs[xs.length - 1], 6);
        series(d, panels[0], xTicks, xs, curve.meanReturn(), "mean return", false, style.series(), style);
        series(d, panels[1], xTicks, xs, curve.bestProxyCost(), "best proxy cost", true, style.accent(), style);
        return d.build();
    }

    /** The two plot areas; y ranges are nice ticks around each series' finite values. */
    static Panel[] panels(TrainingCurve curve, ChartStyle style) {
        double[] xs = curve.iterations();
        double width = style.width() - LEFT - RIGHT;
        double height = (style.height() - TOP - GAP - BOTTOM) / 2;
        double xMin = xs[0];
        double xMax = xs[xs.length - 1];
        Ticks top = yTicks(curve.meanReturn());
        Ticks bottom = yTicks(curve.bestProxyCost());
        return new Panel[] {
            new Panel(LEFT, TOP, width, height, xMin, xMax, top.first(), top.last()),
            new Panel(LEFT, TOP + height + GAP, width, height, xMin, xMax, bottom.first(), bottom.last()),
        };
    }

    static Ticks yTicks(double[] ys) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (lo > hi) {
            return Ticks.covering(0, 1, 4);
        }
        return Ticks.covering(lo, hi, 4);
    }

    private static void series(Drawing.Builder d, Panel p, Ticks xTicks, double[] xs, double[] ys, String name,
                               boolean xLabels, Color color, ChartStyle style) {
        p.yAxis(d, yTicks(ys), name, style);
        p.xAxis(d, xTicks, "iteration", xLabels, style);
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        int finite = 0;
        for (int i = 0; i < xs.length; i++) {
            boolean ok = Double.isFinite(ys[i]);
            px[i] = p.px(xs[i]);
            py[i] = ok ? p.py(ys[i]) : Double.NaN;
            finite += ok ? 1 : 0;
        }
        if (finite == 0) {
            d.add(Shape.Text.of(p.left + p.width / 2, p.top + p.height / 2, "no data", 12, style.text(),
                    Shape.Anchor.MIDDLE));
        } else if (finite == 1) {
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(py[i])) {
                    d.add(new Shape.Circle(px[i], py[i], 3, color, null, "point", null));
                }
            }
        } else {
            d.add(new Shape.Polyline(px, py, color, 2));
        }
        p.frame(d, style);
    }
}
