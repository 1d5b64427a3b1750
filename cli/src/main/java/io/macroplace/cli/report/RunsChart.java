package io.macroplace.cli.report;

import java.awt.Color;
import java.util.List;

/**
 * Several training runs on one set of axes: a value (e.g. the best proxy cost so far) against
 * wall-clock minutes, one coloured line per run and a legend, so that runs of different speeds
 * (pre-trained against from scratch) compare at equal time.
 */
public final class RunsChart {
    private static final Color[] PALETTE = {new Color(0x3a6ea5), new Color(0xd9822b), new Color(0x4d9a4d),
        new Color(0xa23b72), new Color(0x6b6b6b), new Color(0x8c6d1f)};

    /** One run: its label and its points (x ascending). */
    public record Run(String label, double[] x, double[] y) {
        public Run {
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("run " + label + " needs as many x as y values, at least one");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    private RunsChart() {
    }

    public static Drawing draw(String title, String xTitle, String yTitle, List<Run> runs, ChartStyle style) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to draw");
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Run r : runs) {
            for (int i = 0; i < r.x().length; i++) {
                if (Double.isFinite(r.y()[i])) {
                    xMin = Math.min(xMin, r.x()[i]);
                    xMax = Math.max(xMax, r.x()[i]);
                    yMin = Math.min(yMin, r.y()[i]);
                    yMax = Math.max(yMax, r.y()[i]);
                }
            }
        }
        if (!(xMin <= xMax)) {
            throw new IllegalArgumentException("no finite point to draw");
        }
        Drawing.Builder d = Drawing.builder(style.width(), style.height(), style.background());
        d.add(new Shape.Text(style.width() / 2.0, 24, title, 16, style.text(), Shape.Anchor.MIDDLE, true, 0));
        Ticks xTicks = Ticks.covering(Math.min(0, xMin), xMax, 6);
        Ticks yTicks = Ticks.covering(yMin, yMax, 5);
        double left = TrainingCurveChart.LEFT;
        double top = TrainingCurveChart.TOP;
        Panel p = new Panel(left, top, style.width() - left - TrainingCurveChart.RIGHT,
                style.height() - top - TrainingCurveChart.BOTTOM, xTicks.first(), xTicks.last(), yTicks.first(),
                yTicks.last());
        p.yAxis(d, yTicks, yTitle, style);
        p.xAxis(d, xTicks, xTitle, true, style);
        for (int k = 0; k < runs.size(); k++) {
            Run r = runs.get(k);
            Color c = PALETTE[k % PALETTE.length];
            double[] px = new double[r.x().length];
            double[] py = new double[r.x().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = p.px(r.x()[i]);
                py[i] = Double.isFinite(r.y()[i]) ? p.py(r.y()[i]) : Double.NaN;
            }
            if (px.length == 1) {
                d.add(new Shape.Circle(px[0], py[0], 3, c, null, "point", r.label()));
            } else {
                d.add(new Shape.Polyline(px, py, c, 2));
            }
            double ly = top + 16 + 16 * k;
            double lx = p.left + p.width - 8;
            d.add(new Shape.Line(lx - 24, ly - 4, lx - 4, ly - 4, c, 2, false));
            d.add(Shape.Text.of(lx - 30, ly, r.label(), 11, style.text(), Shape.Anchor.END));
        }
        p.frame(d, style);
        return d.build();
    }
}
