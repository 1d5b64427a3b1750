package io.macroplace.netlist;

/** The canvas edge a port sits on, when the netlist says. */
public enum PortSide {
    NONE, TOP, BOTTOM, LEFT, RIGHT;

    /** The edge of a w x h canvas closest to a point: bottom, right, top, left on ties. */
    public static PortSide nearest(double x, double y, double w, double h) {
        double best = y;
        PortSide side = BOTTOM;
        if (w - x < best) {
            best = w - x;
            side = RIGHT;
        }
        if (h - y < best) {
            best = h - y;
            side = TOP;
        }
        if (x < best) {
            side = LEFT;
        }
        return side;
    }
}
