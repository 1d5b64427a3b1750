package io.macroplace.netlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NetlistBuilderExplicitNetTest {

    @Test
    void explicitNetsFollowInputNetsAndOneDriverMayDriveSeveral() throws Exception {
        NetlistBuilder b = new NetlistBuilder("x.nets");
        int c1 = b.addStdCell("c1", 1, 1, 0, 0, 1, null, 1);
        int c2 = b.addStdCell("c2", 1, 1, 0, 0, 1, null, 2);
        int c3 = b.addStdCell("c3", 1, 1, 0, 0, 1, null, 3);
        int p = b.addPort("p", 0, 0, PortSide.LEFT, 4);
        b.addInput(c3, "c1", 5);
        b.addNet(c1, new int[] {c2, c3}, 2.5, 6);
        b.addNet(c1, new int[] {p}, 7);
        b.addNet(p, new int[] {c2}, 8);
        Netlist n = b.build();

        assertEquals(4, n.netCount());
        assertArrayEquals(new int[] {0, 2, 5, 7, 9}, n.netStarts());
        assertArrayEquals(new int[] {c3, c1, c1, c2, c3, c1, p, p, c2}, n.netPinNodes());
        assertArrayEquals(new double[] {1, 2.5, 1, 1}, new double[] {n.netWeight(0), n.netWeight(1), n.netWeight(2), n.netWeight(3)});
        assertEquals(1, n.netOfDriver(c1), "the first net c1 drives");
        assertEquals(0, n.netOfDriver(c3));
        assertEquals(3, n.netOfDriver(p));
        assertEquals(-1, n.netOfDriver(c2));
    }

    @Test
    void explicitNetOnAMacroIsReportedWithItsLine() throws Exception {
        NetlistBuilder b = new NetlistBuilder("m.nets");
        int m = b.addMacro("M", true, 4, 4, 2, 2, Orientation.N, 1);
        int c = b.addStdCell("c", 1, 1, 0, 0, 1, null, 2);
        b.addNet(c, new int[] {m}, 1, 17);
        FormatException e = assertThrows(FormatException.class, b::build);
        assertEquals("m.nets:17: net sink \"M\" is a macro; nets connect pins, ports and cells", e.getMessage());
    }
}
