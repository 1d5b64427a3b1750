package io.macroplace.netlist;

/** A rectangular placement blockage (lower-left, upper-right, in microns) with a blocking rate in [0, 1]. */
public record Blockage(double x0, double y0, double x1, double y1, double rate) {
    public Blockage {
        if (!(x1 >= x0 && y1 >= y0)) {
            throw new IllegalArgumentException("blockage corners out of order: " + x0 + " " + y0 + " " + x1 + " " + y1);
        }
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }
}
