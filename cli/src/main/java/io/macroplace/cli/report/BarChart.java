package io.macroplace.cli.report;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart of one metric per method, mean as the bar and ± std as an error bar, e.g. the
 * proxy cost of each method in a compare report. Bars with no data are labelled "n/a".
 */
public final class BarChart {
    private static final double LABEL_SIZE = 12;
    private static final double MAX_LABEL_CHARS = 28;
    private static final double TURN = 35;

    private BarChart() {
    }

    /** One bar: its label on the x axis, its value, and whether to draw it in the accent colour. */
    public record Bar(String label, Stat stat, boolean highlight) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(stat, "stat");
        }
    }

    /** Where the bars' values land, for tests and callers that annotate the chart. */
    record Geometry(Panel panel, double slot, double barWidth) {
        double centre(int i) {
            return panel.left + (i + 0.5) * slot;
        }
    }

    public static Drawing draw(String title, String yLabel, List<Bar> bars, ChartStyle style) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one bar");
        }
        Drawing.Builder d = Drawing.builder(style.width(), style.height(), style.background());
        Geometry g = geometry(title, bars, style);
        Panel p = g.panel();
        Ticks ticks = yTicks(bars);
        d.add(new Shape.Text(style.width() / 2.0, 24, title, 16, style.text(), Shape.Anchor.MIDDLE, true, 0));
        p.yAxis(d, ticks, yLabel, style);
        d.add(new Shape.Line(p.left, p.py(0), p.left + p.width, p.py(0), style.axis(), 1, false));
        boolean turned = turnLabels(bars, g.slot());
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double cx = g.centre(i);
            Stat s = b.stat();
            if (s.isMissing()) {
                d.add(Shape.Text.of(cx, p.py(0) - 6, "n/a", 11, style.text(), Shape.Anchor.MIDDLE));
            } else {
                double y0 = p.py(Math.max(0, s.mean()));
                double y1 = p.py(Math.min(0, s.mean()));
                Color fill = b.highlight() ? style.accent() : style.series();
                d.add(new Shape.Rect(cx - g.barWidth() / 2, y0, g.barWidth(), y1 - y0, fill, null, 0, null, "bar",
                        b.label() + ": " + s.format()));
                double top = p.py(s.mean() + s.std());
                if (s.std() > 0) {
                    double bottom = p.py(s.mean() - s.std());
                    double cap = g.barWidth() * 0.15;
                    d.add(new Shape.Line(cx, top, cx, bottom, style.axis(), 1.5, false));
                    d.add(new Shape.Line(cx - cap, top, cx + cap, top, style.axis(), 1.5, false));
                    d.add(new Shape.Line(cx - cap, bottom, cx + cap, bottom, style.axis(), 1.5, false));
                }
                d.add(Shape.Text.of(cx, Math.min(top, y0) - 5, Fmt.compact(s.mean()), 11, style.text(),
                        Shape.Anchor.MIDDLE));
            }
            String label = shorten(b.label());
            if (turned) {
                d.add(new Shape.Text(cx, p.bottom() + 16, label, LABEL_SIZE, style.text(), Shape.Anchor.END, false,
                        -TURN));
            } else {
                d.add(Shape.Text.of(cx, p.bottom() + 18, label, LABEL_SIZE, style.text(), Shape.Anchor.MIDDLE));
            }
        }
        p.frame(d, style);
        return d.build();
    }

    static Geometry geometry(String title, List<Bar> bars, ChartStyle style) {
        double left = 80;
        double right = 20;
        double top = title.isEmpty() ? 24 : 44;
        double slot = (style.width() - left - right) / bars.size();
        double bottom = 36;
        if (turnLabels(bars, slot)) {
            // A turned label ends at its bar's centre and reaches left; keep the first one inside.
            double reach = Shape.Text.estimateWidth(shorten(bars.get(0).label()), LABEL_SIZE)
                    * Math.cos(Math.toRadians(TURN));
            if (reach - slot / 2 + 8 > left) {
                double newLeft = reach - slot / 2 + 8;
                slot = (style.width() - newLeft - right) / bars.size();
                left = Math.max(newLeft, reach - slot / 2 + 8);
                slot = (style.width() - left - right) / bars.size();
            }
            double longest = 0;
            for (Bar b : bars) {
                longest = Math.max(longest, Shape.Text.estimateWidth(shorten(b.label()), LABEL_SIZE));
            }
            bottom = 28 + longest * Math.sin(Math.toRadians(TURN));
        }
        double height = Math.max(40, style.height() - top - bottom);
        Ticks ticks = yTicks(bars);
        Panel p = new Panel(left, top, style.width() - left - right, height, 0, 1, ticks.first(), ticks.last());
        return new Geometry(p, slot, Math.min(slot * 0.6, 90));
    }

    /** Ticks from zero (or the lowest error-bar end, if negative) to above the highest error-bar end. */
    static Ticks yTicks(List<Bar> bars) {
        double lo = 0;
        double hi = 0;
        for (Bar b : bars) {
            Stat s = b.stat();
            if (!s.isMissing()) {
                lo = Math.min(lo, s.mean() - s.std());
                // Room above the tallest bar for its value label.
                hi = Math.max(hi, s.mean() + s.std() + 0.08 * Math.abs(s.mean() + s.std()));
            }
        }
        return Ticks.covering(lo, hi == lo ? lo + 1 : hi, 5);
    }

    private static boolean turnLabels(List<Bar> bars, double slot) {
        for (Bar b : bars) {
            if (Shape.Text.estimateWidth(shorten(b.label()), LABEL_SIZE) > slot - 6) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, (int) MAX_LABEL_CHARS - 1) + "\u2026";
    }
}
