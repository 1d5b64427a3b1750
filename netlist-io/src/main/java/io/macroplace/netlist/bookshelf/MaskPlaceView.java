package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import java.util.Arrays;

/**
 * The macro placement problem that MaskPlace, WireMask-BBO, ChiPFormer and EfficientPlace cut out
 * of an ISPD 2005 Bookshelf design: every {@code terminal} node is a macro to place (and so is a
 * movable node taller than a row, which the reader makes a hard macro: files written from a
 * placement with movable macros, such as macroplace's own, keep their macros), standard cells
 * are ignored, and only nets with pins on at least two macros are kept, with their macro pins (a
 * pin sits at its macro's centre + offset, orientation ignored as the papers do). Flat arrays:
 * macros are numbered 0..macroCount-1 in node order; nets are CSR over pins.
 */
public final class MaskPlaceView {
    private final int[] macroNode;
    private final double[] width;
    private final double[] height;
    private final double[] x;
    private final double[] y;
    private final int[] netStart;
    private final int[] pinMacro;
    private final double[] pinDx;
    private final double[] pinDy;

    private MaskPlaceView(int[] macroNode, double[] width, double[] height, double[] x, double[] y, int[] netStart,
                          int[] pinMacro, double[] pinDx, double[] pinDy) {
        this.macroNode = macroNode;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.netStart = netStart;
        this.pinMacro = pinMacro;
        this.pinDx = pinDx;
        this.pinDy = pinDy;
    }

    public static MaskPlaceView of(BookshelfDesign design) {
        Netlist n = design.netlist();
        Placement p = design.plc().placement();
        int[] macroIndex = new int[n.nodeCount()];
        Arrays.fill(macroIndex, -1);
        java.util.BitSet terminals = (java.util.BitSet) design.terminals().clone();
        for (int v = 0; v < n.nodeCount(); v++) {
            if (n.kind(v) == io.macroplace.netlist.NodeKind.HARD_MACRO) {
                terminals.set(v);
            }
        }
        int macros = terminals.cardinality();
        int[] macroNode = new int[macros];
        double[] w = new double[macros];
        double[] h = new double[macros];
        double[] x = new double[macros];
        double[] y = new double[macros];
        int m = 0;
        for (int v = terminals.nextSetBit(0); v >= 0; v = terminals.nextSetBit(v + 1)) {
            macroIndex[v] = m;
            macroNode[m] = v;
            w[m] = n.width(v);
            h[m] = n.height(v);
            x[m] = p.x(v);
            y[m] = p.y(v);
            m++;
        }
        int[] start = new int[n.netCount() + 1];
        int[] pins = new int[n.netPinCount()];
        double[] dx = new double[n.netPinCount()];
        double[] dy = new double[n.netPinCount()];
        int[] seen = new int[macros];
        Arrays.fill(seen, -1);
        int nets = 0;
        int pos = 0;
        for (int e = 0; e < n.netCount(); e++) {
            int from = pos;
            int distinct = 0;
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int node = n.netPin(i);
                boolean onMacro = n.kind(node).isPin();
                int mi = macroIndex[onMacro ? n.pinMacro(node) : node];
                if (mi < 0) {
                    continue;
                }
                if (seen[mi] != e) {
                    seen[mi] = e;
                    distinct++;
                }
                pins[pos] = mi;
                dx[pos] = onMacro ? n.pinOffsetX(node) : 0;
                dy[pos] = onMacro ? n.pinOffsetY(node) : 0;
                pos++;
            }
            if (distinct >= 2) {
                start[nets++] = from;
            } else {
                pos = from;
            }
        }
        start[nets] = pos;
        return new MaskPlaceView(macroNode, w, h, x, y, Arrays.copyOf(start, nets + 1), Arrays.copyOf(pins, pos),
                Arrays.copyOf(dx, pos), Arrays.copyOf(dy, pos));
    }

    public int macroCount() {
        return macroNode.length;
    }

    /** The netlist node of macro m. */
    public int macroNode(int m) {
        return macroNode[m];
    }

    public double width(int m) {
        return width[m];
    }

    public double height(int m) {
        return height[m];
    }

    /** Centres of the macros in the design's placement (copies). */
    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    public int netCount() {
        return netStart.length - 1;
    }

    public int pinCount() {
        return pinMacro.length;
    }

    public int netStart(int net) {
        return netStart[net];
    }

    public int netEnd(int net) {
        return netStart[net + 1];
    }

    /** Macro index of the pin at a CSR position. */
    public int pinMacro(int position) {
        return pinMacro[position];
    }

    public double pinDx(int position) {
        return pinDx[position];
    }

    public double pinDy(int position) {
        return pinDy[position];
    }
}
