package io.macroplace.cli.report;

/**
 * A plot area of a chart: a pixel rectangle and the data ranges it shows, with helpers to draw
 * its frame, grid lines and tick labels.
 */
final class Panel {
    static final double TICK_SIZE = 11;

    final double left;
    final double top;
    final double width;
    final double height;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;

    Panel(double left, double top, double width, double height, double xMin, double xMax, double yMin, double yMax) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    double px(double x) {
        return xMax == xMin ? left + width / 2 : left + (x - xMin) / (xMax - xMin) * width;
    }

    double py(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    double bottom() {
        return top + height;
    }

    /** Horizontal grid lines and labels at the y ticks, and the y-axis title turned upright. */
    void yAxis(Drawing.Builder d, Ticks ticks, String title, ChartStyle s) {
        for (int i = 0; i < ticks.count(); i++) {
            double y = py(ticks.value(i));
            if (y < top - 0.5 || y > bottom() + 0.5) {
                continue;
            }
            d.add(new Shape.Line(left, y, left + width, y, s.gridLine(), 1, false));
            d.add(Shape.Text.of(left - 6, y + 4, ticks.label(i), TICK_SIZE, s.text(), Shape.Anchor.END));
        }
        if (title != null) {
            d.add(new Shape.Text(left - 52, top + height / 2, title, 12, s.text(), Shape.Anchor.MIDDLE, false, -90));
        }
    }

    /** Vertical grid lines at the x ticks; labels and title only when asked (shared x axes). */
    void xAxis(Drawing.Builder d, Ticks ticks, String title, boolean labels, ChartStyle s) {
        for (int i = 0; i < ticks.count(); i++) {
            double v = ticks.value(i);
            if (v < xMin - 1e-9 * Math.abs(xMax - xMin) || v > xMax + 1e-9 * Math.abs(xMax - xMin)) {
                continue;
            }
            double x = px(v);
            d.add(new Shape.Line(x, top, x, bottom(), s.gridLine(), 1, false));
            if (labels) {
                d.add(Shape.Text.of(x, bottom() + 16, ticks.label(i), TICK_SIZE, s.text(), Shape.Anchor.MIDDLE));
            }
        }
        if (labels && title != null) {
            d.add(Shape.Text.of(left + width / 2, bottom() + 34, title, 12, s.text(), Shape.Anchor.MIDDLE));
        }
    }

    void frame(Drawing.Builder d, ChartStyle s) {
        d.add(new Shape.Rect(left, top, width, height, null, s.axis(), 1, null, "plot-area", null));
    }
}
