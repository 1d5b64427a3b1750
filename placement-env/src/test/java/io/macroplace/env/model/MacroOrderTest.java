package io.macroplace.env.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.cost.PinMode;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;
import org.junit.jupiter.api.Test;

class MacroOrderTest {

    /**
     * Hard macros in netlist order M0..M5, with (area, distinct nets, pins): M0 (100, 3, 3),
     * M1 (200, 1, 1), M2 (200, 2, 2), M3 (200, 1, 3), M4 (900, 0, 0), M5 (900, fixed); plus a
     * larger soft macro S. M1 and M3 (20 x 10 against 10 x 20) tie on area and nets, and M3 has
     * more pins than M2: a pin count would reorder them, the net count must not.
     */
    @Test
    void largestAreaFirstThenMostDistinctNetsThenLowestId() throws Exception {
        NetlistBuilder b = new NetlistBuilder("order");
        int line = 1;
        int port = b.addPort("p", 0, 50, PortSide.LEFT, line++);
        double[][] sizes = {{10, 10}, {20, 10}, {20, 10}, {10, 20}, {30, 30}, {30, 30}};
        for (int i = 0; i < sizes.length; i++) {
            b.addMacro("M" + i, true, sizes[i][0], sizes[i][1], 50, 50, Orientation.N, line++);
        }
        b.addMacro("S", false, 40, 40, 50, 50, Orientation.N, line++);
        String[] sinks = {"M0/a", "M1/a", "M3/a", "M3/b", "M3/c", "S/a"};
        for (String s : sinks) {
            b.addPin(s, s.substring(0, s.indexOf('/')), 1, 1, Double.NaN, Double.NaN, 1.0, line++);
            b.addInput(port, s, line++);
        }
        // M2 drives two nets, each to one more pin of M0
        int o1 = b.addPin("M2/o1", "M2", 0, 0, Double.NaN, Double.NaN, 1.0, line++);
        int o2 = b.addPin("M2/o2", "M2", 0, 0, Double.NaN, Double.NaN, 1.0, line++);
        b.addPin("M0/b", "M0", 0, 0, Double.NaN, Double.NaN, 1.0, line++);
        b.addPin("M0/c", "M0", 0, 0, Double.NaN, Double.NaN, 1.0, line++);
        b.addInput(o1, "M0/b", line++);
        b.addInput(o2, "M0/c", line++);
        Netlist n = b.build();
        Placement base = Placement.of(n);
        boolean[] fixed = new boolean[n.nodeCount()];
        fixed[n.find("M5").getAsInt()] = true;
        MacroNetModel m = new MacroNetModel(n, new Placement(base.xs(), base.ys(), base.orientations(), fixed), PinMode.DEFAULT);

        int[] nets = new int[m.hardCount];
        for (int o = 0; o < m.hardCount; o++) {
            nets[o] = m.objEntryStart[o + 1] - m.objEntryStart[o];
        }
        assertArrayEquals(new int[] {3, 1, 2, 1, 0, 0}, nets, "distinct nets per hard macro");
        int[] order = MacroOrder.of(m);
        String[] names = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            names[i] = n.name(m.objNode[order[i]]);
        }
        assertArrayEquals(new String[] {"M4", "M2", "M1", "M3", "M0"}, names);
        assertEquals(m.hardCount - 1, order.length, "fixed and soft macros are not ordered");
    }
}
