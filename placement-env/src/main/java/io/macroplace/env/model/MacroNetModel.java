package io.macroplace.env.model;

import io.macroplace.env.cost.PinMode;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.util.Arrays;

/**
 * The netlist reduced to what placers move: <em>objects</em> (hard macros first, in netlist order,
 * then soft macros) and nets whose pins are either on an object (an offset from its centre) or
 * fixed (ports, standard cells: an absolute point taken from the initial placement). Flat arrays
 * only; built once per problem and shared read-only.
 *
 * <p>The mapping to the proxy cost ({@code CostModel}), which is exact; this model serves the
 * heuristics (wire masks, force-directed soft macros, orders). Hard-macro pin offsets follow the
 * cost's {@link PinMode}: the N-frame offset turned by the macro's netlist orientation (where the
 * netlist puts the pin), and in {@link PinMode#ORIENTED} mode turned further by the macro's
 * orientation in the initial placement, so that {@link #hpwl} at the initial placement equals
 * the cost's HPWL in both modes. The model is a snapshot of the initial orientations: a search
 * that flips macros (SA, cd) scores the flips exactly through the cost, and a problem started
 * from a placement with other orientations gets its own model. Soft-macro pins sit on the soft
 * macro's centre. Footprints ({@link #objW}, {@link #objH}) are the physical ones legality checks:
 * E/W orientations exchange the sides (the cost's default mode does not, for density only).
 */
public final class MacroNetModel {
    public final int hardCount;
    public final int softCount;
    /** Netlist node id of each object. */
    public final int[] objNode;
    /** Object width/height in the initial orientation (E/W variants swap the netlist's sides). */
    public final double[] objW;
    public final double[] objH;
    /** Whether the initial placement marks the object fixed. */
    public final boolean[] objFixed;

    public final int netCount;
    public final double[] netWeight;
    /** CSR over nets: pins of net n are [netStart[n], netStart[n+1]). */
    public final int[] netStart;
    /** Object of each pin, or -1 for a fixed pin. */
    public final int[] pinObj;
    /** Offset from the object centre, or the absolute position of a fixed pin. */
    public final double[] pinX;
    public final double[] pinY;

    /** CSR over objects: (object, net) entries with the extent of the object's pins on that net. */
    public final int[] objEntryStart;
    public final int[] entryNet;
    public final double[] entryDxMin;
    public final double[] entryDxMax;
    public final double[] entryDyMin;
    public final double[] entryDyMax;

    /** The pin rule of the offsets. */
    public final PinMode pinMode;
    /** Orientation of each object in the initial placement (ordinal), which offsets and footprints follow. */
    private final byte[] objOrientation;
    private final int[] objectOfNode;

    public MacroNetModel(Netlist netlist, Placement initial, PinMode pinMode) {
        this.pinMode = pinMode;
        int[] hard = netlist.nodesOf(NodeKind.HARD_MACRO);
        int[] soft = netlist.nodesOf(NodeKind.SOFT_MACRO);
        hardCount = hard.length;
        softCount = soft.length;
        int objects = hardCount + softCount;
        objNode = new int[objects];
        System.arraycopy(hard, 0, objNode, 0, hardCount);
        System.arraycopy(soft, 0, objNode, hardCount, softCount);
        objW = new double[objects];
        objH = new double[objects];
        objFixed = new boolean[objects];
        objOrientation = new byte[objects];
        objectOfNode = new int[netlist.nodeCount()];
        Arrays.fill(objectOfNode, -1);
        for (int o = 0; o < objects; o++) {
            int node = objNode[o];
            objectOfNode[node] = o;
            boolean swap = initial.orientation(node).swapsSides();
            objW[o] = swap ? netlist.height(node) : netlist.width(node);
            objH[o] = swap ? netlist.width(node) : netlist.height(node);
            objFixed[o] = initial.fixed(node);
            objOrientation[o] = (byte) initial.orientation(node).ordinal();
        }

        netCount = netlist.netCount();
        netWeight = new double[netCount];
        netStart = new int[netCount + 1];
        int pins = netlist.netPinCount();
        pinObj = new int[pins];
        pinX = new double[pins];
        pinY = new double[pins];
        for (int n = 0; n < netCount; n++) {
            netWeight[n] = netlist.netWeight(n);
            netStart[n] = netlist.netStart(n);
            for (int p = netlist.netStart(n); p < netlist.netEnd(n); p++) {
                int node = netlist.netPin(p);
                int owner = netlist.pinMacro(node);
                int o = owner >= 0 ? objectOfNode[owner] : objectOfNode[node];
                pinObj[p] = o;
                if (o < 0) {
                    pinX[p] = initial.x(node);
                    pinY[p] = initial.y(node);
                } else if (netlist.kind(node) == NodeKind.HARD_MACRO_PIN) {
                    // as the proxy cost: the N-frame offset turned by the macro's orientation
                    // attribute in the netlist, then (ORIENTED) by its orientation in the placement
                    Orientation turn = netlist.orientation(owner);
                    double dx = turn.rotateX(netlist.pinOffsetX(node), netlist.pinOffsetY(node));
                    double dy = turn.rotateY(netlist.pinOffsetX(node), netlist.pinOffsetY(node));
                    if (pinMode == PinMode.ORIENTED) {
                        Orientation placed = initial.orientation(owner);
                        pinX[p] = placed.rotateX(dx, dy);
                        pinY[p] = placed.rotateY(dx, dy);
                    } else {
                        pinX[p] = dx;
                        pinY[p] = dy;
                    }
                }
            }
        }
        netStart[netCount] = pins;

        // (object, net) entries: count distinct nets per object
        int[] count = new int[objects + 1];
        int[] lastNet = new int[objects];
        Arrays.fill(lastNet, -1);
        for (int n = 0; n < netCount; n++) {
            for (int p = netStart[n]; p < netStart[n + 1]; p++) {
                int o = pinObj[p];
                if (o >= 0 && lastNet[o] != n) {
                    lastNet[o] = n;
                    count[o + 1]++;
                }
            }
        }
        objEntryStart = new int[objects + 1];
        for (int o = 0; o < objects; o++) {
            objEntryStart[o + 1] = objEntryStart[o] + count[o + 1];
        }
        int entries = objEntryStart[objects];
        entryNet = new int[entries];
        entryDxMin = new double[entries];
        entryDxMax = new double[entries];
        entryDyMin = new double[entries];
        entryDyMax = new double[entries];
        int[] fill = Arrays.copyOf(objEntryStart, objects);
        int[] entryOfObj = new int[objects];
        Arrays.fill(lastNet, -1);
        for (int n = 0; n < netCount; n++) {
            for (int p = netStart[n]; p < netStart[n + 1]; p++) {
                int o = pinObj[p];
                if (o < 0) {
                    continue;
                }
                if (lastNet[o] != n) {
                    lastNet[o] = n;
                    int e = fill[o]++;
                    entryOfObj[o] = e;
                    entryNet[e] = n;
                    entryDxMin[e] = entryDxMax[e] = pinX[p];
                    entryDyMin[e] = entryDyMax[e] = pinY[p];
                } else {
                    int e = entryOfObj[o];
                    entryDxMin[e] = Math.min(entryDxMin[e], pinX[p]);
                    entryDxMax[e] = Math.max(entryDxMax[e], pinX[p]);
                    entryDyMin[e] = Math.min(entryDyMin[e], pinY[p]);
                    entryDyMax[e] = Math.max(entryDyMax[e], pinY[p]);
                }
            }
        }
    }

    /** Whether {@code p} gives every object the orientation this model was built for. */
    public boolean orientationsMatch(Placement p) {
        for (int o = 0; o < objNode.length; o++) {
            if (p.orientation(objNode[o]).ordinal() != objOrientation[o]) {
                return false;
            }
        }
        return true;
    }

    public int objectCount() {
        return objNode.length;
    }

    public boolean isHard(int object) {
        return object < hardCount;
    }

    /** Object of a macro node, or -1. */
    public int objectOf(int node) {
        return objectOfNode[node];
    }

    /** Total weighted HPWL with objects at the given centres. */
    public double hpwl(double[] x, double[] y) {
        double total = 0;
        for (int n = 0; n < netCount; n++) {
            total += netHpwl(n, x, y);
        }
        return total;
    }

    /** Weighted HPWL of one net. */
    public double netHpwl(int n, double[] x, double[] y) {
        int s = netStart[n];
        int e = netStart[n + 1];
        if (e - s < 2) {
            return 0;
        }
        double xl = Double.POSITIVE_INFINITY;
        double xh = Double.NEGATIVE_INFINITY;
        double yl = Double.POSITIVE_INFINITY;
        double yh = Double.NEGATIVE_INFINITY;
        for (int p = s; p < e; p++) {
            int o = pinObj[p];
            double px = o < 0 ? pinX[p] : x[o] + pinX[p];
            double py = o < 0 ? pinY[p] : y[o] + pinY[p];
            xl = Math.min(xl, px);
            xh = Math.max(xh, px);
            yl = Math.min(yl, py);
            yh = Math.max(yh, py);
        }
        return netWeight[n] * ((xh - xl) + (yh - yl));
    }

    /** Object centres from a placement snapshot. */
    public void read(Placement placement, double[] x, double[] y) {
        for (int o = 0; o < objNode.length; o++) {
            x[o] = placement.x(objNode[o]);
            y[o] = placement.y(objNode[o]);
        }
    }

    /** A placement equal to {@code base} with every object moved to the given centres. */
    public Placement write(Placement base, double[] x, double[] y) {
        double[] px = base.xs();
        double[] py = base.ys();
        for (int o = 0; o < objNode.length; o++) {
            px[objNode[o]] = x[o];
            py[objNode[o]] = y[o];
        }
        return new Placement(px, py, base.orientations(), base.fixedFlags());
    }
}
