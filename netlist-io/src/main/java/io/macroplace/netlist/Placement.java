package io.macroplace.netlist;

import java.util.Arrays;

/**
 * An immutable snapshot of where every node of a netlist is: centre x, y (microns), orientation
 * and fixed flag, indexed by node id. Entries for macro pins are unused (pins follow their macro).
 * This is what files carry; optimisers keep their own mutable state.
 */
public final class Placement {
    private final double[] x;
    private final double[] y;
    private final byte[] orientation;
    private final boolean[] fixed;

    public Placement(double[] x, double[] y, byte[] orientation, boolean[] fixed) {
        int n = x.length;
        if (y.length != n || orientation.length != n || fixed.length != n) {
            throw new IllegalArgumentException("placement arrays differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.orientation = orientation.clone();
        this.fixed = fixed.clone();
    }

    /** The positions written in the netlist itself (orientation N where it gives none). */
    public static Placement of(Netlist netlist) {
        int n = netlist.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        byte[] o = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = netlist.x(i);
            y[i] = netlist.y(i);
            o[i] = (byte) netlist.orientation(i).ordinal();
        }
        return new Placement(x, y, o, new boolean[n]);
    }

    public int size() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public Orientation orientation(int node) {
        return Orientation.ofOrdinal(orientation[node]);
    }

    public boolean fixed(int node) {
        return fixed[node];
    }

    /** Copies of the arrays, for code that builds its own mutable state. */
    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    public byte[] orientations() {
        return orientation.clone();
    }

    public boolean[] fixedFlags() {
        return fixed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Placement p && Arrays.equals(x, p.x) && Arrays.equals(y, p.y)
                && Arrays.equals(orientation, p.orientation) && Arrays.equals(fixed, p.fixed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
    }
}
