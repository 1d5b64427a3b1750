package io.macroplace.netlist.cluster;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;

/** Copies nodes and nets of one netlist into a builder, keeping names, sizes, weights and lines. */
final class NodeCopy {
    private NodeCopy() {
    }

    /**
     * Adds node {@code i} of {@code n} (a macro as hard when {@code hard}); its id in the builder is
     * the builder's node count before the call.
     */
    static int add(NetlistBuilder b, Netlist n, int i, boolean hard) throws FormatException {
        int line = n.line(i);
        int id;
        switch (n.kind(i)) {
            case PORT -> {
                id = b.addPort(n.name(i), n.x(i), n.y(i), n.side(i), line);
                if (Double.compare(n.weight(i), 1.0) != 0) {
                    b.setWeight(id, n.weight(i));
                }
            }
            case HARD_MACRO, SOFT_MACRO -> {
                id = b.addMacro(n.name(i), hard, n.width(i), n.height(i), n.x(i), n.y(i), n.orientation(i), line);
                b.setWeight(id, n.weight(i));
                if (n.refName(i) != null) {
                    b.setRefName(id, n.refName(i));
                }
            }
            case HARD_MACRO_PIN, SOFT_MACRO_PIN -> id = b.addPin(n.name(i), n.name(n.pinMacro(i)), n.pinOffsetX(i),
                    n.pinOffsetY(i), n.x(i), n.y(i), n.weight(i), line);
            case STDCELL -> id = b.addStdCell(n.name(i), n.width(i), n.height(i), n.x(i), n.y(i), n.weight(i),
                    n.refName(i), line);
            default -> throw new IllegalStateException("unknown kind " + n.kind(i));
        }
        return id;
    }

    /** Adds every net of {@code n}, in order, with its weight, over the same node ids. */
    static void addNets(NetlistBuilder b, Netlist n) {
        for (int e = 0; e < n.netCount(); e++) {
            int s = n.netStart(e);
            int[] sinks = new int[n.netSize(e) - 1];
            for (int i = 0; i < sinks.length; i++) {
                sinks[i] = n.netPin(s + 1 + i);
            }
            b.addNet(n.netDriver(e), sinks, n.netWeight(e), n.line(n.netDriver(e)));
        }
    }
}
