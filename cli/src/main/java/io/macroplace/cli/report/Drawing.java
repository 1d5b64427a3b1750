package io.macroplace.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A picture as an ordered list of {@link Shape}s (painter's order: later shapes on top), with
 * its size in pixels. Renderers build one; {@link PngWriter} and {@link SvgWriter} turn it into files.
 */
public record Drawing(int width, int height, Color background, List<Shape> shapes) {
    public Drawing {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("drawing size must be positive: " + width + " x " + height);
        }
        Objects.requireNonNull(background, "background");
        shapes = List.copyOf(shapes);
    }

    /** Shapes of one type, in drawing order. */
    public <T extends Shape> List<T> shapesOf(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Shape s : shapes) {
            if (type.isInstance(s)) {
                out.add(type.cast(s));
            }
        }
        return out;
    }

    public static Builder builder(int width, int height, Color background) {
        return new Builder(width, height, background);
    }

    /** Collects shapes in drawing order. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final Color background;
        private final List<Shape> shapes = new ArrayList<>();

        private Builder(int width, int height, Color background) {
            this.width = width;
            this.height = height;
            this.background = background;
        }

        public Builder add(Shape shape) {
            shapes.add(Objects.requireNonNull(shape));
            return this;
        }

        public Drawing build() {
            return new Drawing(width, height, background, shapes);
        }
    }
}
