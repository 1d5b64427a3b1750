package io.macroplace.netlist.generate;

/**
 * One hard-macro shape of a generated design: width and height in microns and its relative odds
 * among the design's shapes.
 */
public record HardShape(double width, double height, double weight) {
    public HardShape {
        if (!(width > 0 && height > 0 && weight > 0) || Double.isInfinite(width) || Double.isInfinite(height)
                || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("a hard shape needs a finite positive width, height and weight: "
                    + width + " x " + height + ", weight " + weight);
        }
    }
}
