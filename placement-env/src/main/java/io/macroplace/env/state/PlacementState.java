package io.macroplace.env.state;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;

/**
 * The one mutable thing besides the netlist: centre x, y and orientation of every node, by node id
 * (entries of macro pins are unused; pins follow their macro). Fixed flags are carried along for
 * move generators; the cost ignores them.
 *
 * <p>Change positions through {@code ProxyCost.propose/commit} while an incremental cost is attached;
 * direct setters are for building a placement, after which the cost must be {@code reset()}.
 */
public final class PlacementState {
    private final Netlist netlist;
    private final double[] x;
    private final double[] y;
    private final byte[] orientation;
    private final boolean[] fixed;

    private PlacementState(Netlist netlist, double[] x, double[] y, byte[] orientation, boolean[] fixed) {
        this.netlist = netlist;
        this.x = x;
        this.y = y;
        this.orientation = orientation;
        this.fixed = fixed;
    }

    /** A state holding the given placement (e.g. a .plc body) of the netlist. */
    public static PlacementState of(Netlist netlist, Placement placement) {
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " nodes, netlist "
                    + netlist.nodeCount());
        }
        return new PlacementState(netlist, placement.xs(), placement.ys(), placement.orientations(),
                placement.fixedFlags());
    }

    /** A state holding the positions written in the netlist itself. */
    public static PlacementState of(Netlist netlist) {
        return of(netlist, Placement.of(netlist));
    }

    /** An independent copy (same netlist). */
    public PlacementState copy() {
        return new PlacementState(netlist, x.clone(), y.clone(), orientation.clone(), fixed.clone());
    }

    public Netlist netlist() {
        return netlist;
    }

    public int nodeCount() {
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

    /** Orientation ordinal, for hot loops that avoid the enum lookup. */
    public int orientationOrdinal(int node) {
        return orientation[node];
    }

    public boolean fixed(int node) {
        return fixed[node];
    }

    public void setPosition(int node, double newX, double newY) {
        x[node] = newX;
        y[node] = newY;
    }

    public void setOrientation(int node, Orientation o) {
        orientation[node] = (byte) o.ordinal();
    }

    public void setFixed(int node, boolean f) {
        fixed[node] = f;
    }

    /** Copies every position, orientation and fixed flag from another state of the same netlist. */
    public void copyFrom(PlacementState other) {
        if (other.x.length != x.length) {
            throw new IllegalArgumentException("states of different netlists");
        }
        System.arraycopy(other.x, 0, x, 0, x.length);
        System.arraycopy(other.y, 0, y, 0, y.length);
        System.arraycopy(other.orientation, 0, orientation, 0, orientation.length);
        System.arraycopy(other.fixed, 0, fixed, 0, fixed.length);
    }

    /** An immutable snapshot, e.g. for writing a .plc file. */
    public Placement snapshot() {
        return new Placement(x, y, orientation, fixed);
    }
}
