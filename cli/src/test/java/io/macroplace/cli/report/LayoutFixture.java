package io.macroplace.cli.report;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;
import java.util.List;

/**
 * A hand-built 200 x 100 design on a 4 x 2 grid: three hard macros (A fixed, B flipped FS,
 * C rotated E), one soft macro, three ports, one blockage in the top-right corner.
 */
final class LayoutFixture {
    static final String A_NAME = "ram<0>&\"x\"";

    final Netlist netlist;
    final Placement placement;
    final Floorplan floorplan = new Floorplan(200, 100, 4, 2, List.of(new Blockage(170, 70, 200, 100, 1.0)));
    final int a;
    final int b;
    final int c;
    final int g;

    LayoutFixture() throws Exception {
        NetlistBuilder nb = new NetlistBuilder("fixture");
        int p0 = nb.addPort("p0", 0, 50, PortSide.LEFT, 1);
        a = nb.addMacro(A_NAME, true, 30, 40, 40, 50, Orientation.N, 2);
        b = nb.addMacro("B", true, 40, 20, 130, 70, Orientation.FS, 3);
        c = nb.addMacro("C", true, 20, 30, 150, 25, Orientation.E, 4);
        g = nb.addMacro("Grp_1", false, 50, 50, 100, 40, Orientation.N, 5);
        int p1 = nb.addPort("p1", 200, 20, PortSide.RIGHT, 6);
        nb.addPort("p2", 100, 100, PortSide.TOP, 7);
        nb.addInput(p0, "p1", 1);
        nb.addInput(p1, "p2", 6);
        netlist = nb.build();
        Placement base = Placement.of(netlist);
        boolean[] fixed = base.fixedFlags();
        fixed[a] = true;
        placement = new Placement(base.xs(), base.ys(), base.orientations(), fixed);
    }

    LayoutScene scene() {
        return LayoutScene.of(netlist, placement, floorplan).withTitle("fixture design", "method: hand / proxy 0.5");
    }
}
