package io.macroplace.netlist.cluster;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import java.util.Map;

/**
 * Which macros of a netlist with standard cells are hard. A flat netlist from MacroPlacement's
 * flow (ariane133-ng45-flat) writes every node type in lower case, so by Circuit Training's rule
 * ("macro" in lower case is a soft macro) its SRAMs read as soft. Clustering is where that is
 * settled: a soft macro with a library master ({@code ref_name}) is a real block, since Circuit
 * Training's grouping never gives its clusters one, and it becomes hard; soft macros without a
 * master (clusters made earlier) stay soft.
 */
public final class MacroKinds {
    private MacroKinds() {
    }

    /** True for a hard macro, or a soft macro with a library master. */
    public static boolean isHard(Netlist n, int node) {
        NodeKind k = n.kind(node);
        return k == NodeKind.HARD_MACRO || k == NodeKind.SOFT_MACRO && n.refName(node) != null;
    }

    /** Soft macros that {@link #isHard} calls hard. */
    public static int softWithMaster(Netlist n) {
        int count = 0;
        for (int m : n.nodesOf(NodeKind.SOFT_MACRO)) {
            if (n.refName(m) != null) {
                count++;
            }
        }
        return count;
    }

    /**
     * The netlist with every soft macro that has a master turned hard (its pins follow), node ids
     * and nets unchanged; the netlist itself when there is none.
     */
    public static Netlist harden(Netlist n) throws FormatException {
        if (softWithMaster(n) == 0) {
            return n;
        }
        NetlistBuilder b = new NetlistBuilder(n.source());
        for (Map.Entry<String, String> m : n.metadata().entrySet()) {
            b.putMetadata(m.getKey(), m.getValue());
        }
        for (int i = 0; i < n.nodeCount(); i++) {
            NodeCopy.add(b, n, i, isHard(n, i));
        }
        NodeCopy.addNets(b, n);
        return b.build();
    }
}
