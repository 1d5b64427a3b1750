package io.macroplace.netlist.format;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;

/** The placeable nodes (ports, macros, cells) that a placement leaves without a finite position. */
record Unplaced(int count, int placeable, int first) {

    static Unplaced of(Netlist n, Placement p) {
        int count = 0;
        int placeable = 0;
        int first = -1;
        for (int i = 0; i < n.nodeCount(); i++) {
            if (!n.kind(i).isPlaceable()) {
                continue;
            }
            placeable++;
            if (!(Double.isFinite(p.x(i)) && Double.isFinite(p.y(i)))) {
                if (count++ == 0) {
                    first = i;
                }
            }
        }
        return new Unplaced(count, placeable, first);
    }

    /**
     * @param why what the missing position is needed for, ending the message
     * @throws FormatException at the first such node's line in the netlist's source
     */
    void check(Netlist n, String why) throws FormatException {
        if (count > 0) {
            throw new FormatException(n.source(), n.line(first), "node \"" + n.name(first) + "\" (" + n.kind(first)
                    + ") has no position (" + count + " of the " + placeable + " placeable nodes have none); " + why);
        }
    }
}
