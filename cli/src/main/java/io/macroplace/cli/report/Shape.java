package io.macroplace.cli.report;

import java.awt.Color;
import java.util.Objects;

/**
 * One primitive of a {@link Drawing}, in pixel coordinates (origin top-left, y down). Shapes are
 * data so that the PNG and SVG writers draw exactly the same picture and tests can inspect it.
 * A null colour means "not drawn" (no fill, no stroke).
 */
public sealed interface Shape permits Shape.Rect, Shape.Line, Shape.Polyline, Shape.Polygon, Shape.Circle,
        Shape.Text {

    /**
     * An axis-aligned rectangle. {@code hatch}, when not null, adds diagonal lines of that colour
     * inside it (used for blockages). {@code role} becomes the SVG class and {@code title} its
     * tooltip; both may be null.
     */
    record Rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth, Color hatch,
                String role, String title) implements Shape {
        public Rect {
            if (!(w >= 0 && h >= 0)) {
                throw new IllegalArgumentException("negative rectangle size: " + w + " x " + h);
            }
        }

        public static Rect filled(double x, double y, double w, double h, Color fill) {
            return new Rect(x, y, w, h, fill, null, 0, null, null, null);
        }
    }

    record Line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed)
            implements Shape {
        public Line {
            Objects.requireNonNull(color, "color");
        }
    }

    /** An open polyline; a NaN coordinate breaks it into separate runs (a gap in a series). */
    record Polyline(double[] xs, double[] ys, Color color, double width) implements Shape {
        public Polyline {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("polyline coordinate arrays differ in length");
            }
            xs = xs.clone();
            ys = ys.clone();
            Objects.requireNonNull(color, "color");
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }
    }

    record Polygon(double[] xs, double[] ys, Color fill, String role) implements Shape {
        public Polygon {
            if (xs.length != ys.length || xs.length < 3) {
                throw new IllegalArgumentException("a polygon needs at least 3 points with x and y");
            }
            xs = xs.clone();
            ys = ys.clone();
            Objects.requireNonNull(fill, "fill");
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }
    }

    record Circle(double cx, double cy, double r, Color fill, Color stroke, String role, String title)
            implements Shape {
    }

    /** Where a text's x lies relative to the text. */
    enum Anchor { START, MIDDLE, END }

    /**
     * Text with its baseline at y. {@code rotation} is in degrees, clockwise (as in SVG), about
     * the anchor point.
     */
    record Text(double x, double y, String text, double size, Color color, Anchor anchor, boolean bold,
                double rotation) implements Shape {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(anchor, "anchor");
        }

        public static Text of(double x, double y, String text, double size, Color color, Anchor anchor) {
            return new Text(x, y, text, size, color, anchor, false, 0);
        }

        /** Estimated width in pixels; writers use real metrics, layout code only needs a bound. */
        public static double estimateWidth(String text, double size) {
            return text.length() * size * 0.6;
        }
    }
}
