package io.macroplace.netlist.cluster;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;

/**
 * The flat arrays clustering works on, taken from a netlist and its placement once: which nodes
 * are movable standard cells, which nets are kept (those with at most {@code maxFanout} sinks;
 * Circuit Training disconnects larger ones before grouping, clocks and resets mostly), each
 * node's kept nets, and where every node is.
 */
final class FlatNetlist {
    final Netlist netlist;
    final int nodeCount;
    final boolean[] movable;
    final boolean[] hardMacro;
    final double[] area;
    final int[] netStart;
    final int[] netPins;
    final boolean[] kept;
    final int keptCount;
    /** Kept nets of each node, as driver or sink: {@code nodeNets[nodeNetStart[v] ..]}. */
    final int[] nodeNetStart;
    final int[] nodeNets;
    /** Centre of every node (a macro pin at its macro's centre plus its offset); NaN where unknown. */
    final double[] x;
    final double[] y;
    /** True when every movable cell has a position. */
    final boolean placed;

    FlatNetlist(Netlist n, Placement p, int maxFanout) {
        this.netlist = n;
        this.nodeCount = n.nodeCount();
        movable = new boolean[nodeCount];
        hardMacro = new boolean[nodeCount];
        area = new double[nodeCount];
        x = new double[nodeCount];
        y = new double[nodeCount];
        boolean allPlaced = true;
        for (int i = 0; i < nodeCount; i++) {
            NodeKind k = n.kind(i);
            movable[i] = k == NodeKind.STDCELL && !p.fixed(i);
            hardMacro[i] = k.isMacro() && MacroKinds.isHard(n, i);
            if (k == NodeKind.STDCELL) {
                area[i] = n.width(i) * n.height(i);
            }
            if (k.isPin()) {
                int m = n.pinMacro(i);
                Orientation o = p.orientation(m);
                x[i] = p.x(m) + o.rotateX(n.pinOffsetX(i), n.pinOffsetY(i));
                y[i] = p.y(m) + o.rotateY(n.pinOffsetX(i), n.pinOffsetY(i));
            } else {
                x[i] = p.x(i);
                y[i] = p.y(i);
            }
            if (movable[i] && !(Double.isFinite(x[i]) && Double.isFinite(y[i]))) {
                allPlaced = false;
            }
        }
        placed = allPlaced;
        netStart = n.netStarts();
        netPins = n.netPinNodes();
        int nets = n.netCount();
        kept = new boolean[nets];
        int keptNets = 0;
        nodeNetStart = new int[nodeCount + 1];
        for (int e = 0; e < nets; e++) {
            kept[e] = netStart[e + 1] - netStart[e] - 1 <= maxFanout;
            if (kept[e]) {
                keptNets++;
                for (int i = netStart[e]; i < netStart[e + 1]; i++) {
                    nodeNetStart[netPins[i] + 1]++;
                }
            }
        }
        keptCount = keptNets;
        for (int v = 0; v < nodeCount; v++) {
            nodeNetStart[v + 1] += nodeNetStart[v];
        }
        nodeNets = new int[nodeNetStart[nodeCount]];
        int[] fill = java.util.Arrays.copyOf(nodeNetStart, nodeCount);
        for (int e = 0; e < nets; e++) {
            if (kept[e]) {
                for (int i = netStart[e]; i < netStart[e + 1]; i++) {
                    nodeNets[fill[netPins[i]]++] = e;
                }
            }
        }
    }

    int driver(int net) {
        return netPins[netStart[net]];
    }

    boolean positioned(int node) {
        return Double.isFinite(x[node]) && Double.isFinite(y[node]);
    }
}
