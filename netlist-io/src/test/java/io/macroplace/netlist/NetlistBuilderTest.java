package io.macroplace.netlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetlistBuilderTest {

    @Test
    void buildsNetsInCsrWithDriverFirstAndResolvesPinKinds() throws Exception {
        NetlistBuilder b = new NetlistBuilder("t.pb.txt");
        int p = b.addPort("p", 0, 5, PortSide.LEFT, 1);
        int pinA = b.addPin("A/o", "A", 1, 2, Double.NaN, Double.NaN, 3.0, 2); // pin before its macro
        int a = b.addMacro("A", true, 10, 20, 50, 50, Orientation.N, 3);
        int g = b.addMacro("Grp_1", false, 4, 4, 80, 80, Orientation.N, 4);
        int pinG = b.addPin("Grp_1/i", "Grp_1", 0, 0, Double.NaN, Double.NaN, 1.0, 5);
        b.addInput(p, "A/o", 1);
        b.addInput(pinA, "Grp_1/i", 2);
        b.addInput(pinA, "p", 2);
        Netlist n = b.build();

        assertEquals(NodeKind.HARD_MACRO_PIN, n.kind(pinA));
        assertEquals(NodeKind.SOFT_MACRO_PIN, n.kind(pinG));
        assertEquals(a, n.pinMacro(pinA));
        assertEquals(1, n.macroPinCount(a));
        assertEquals(pinA, n.macroPin(a, 0));
        assertEquals(2, n.netCount());
        assertArrayEquals(new int[] {0, 2, 5}, n.netStarts());
        assertArrayEquals(new int[] {p, pinA, pinA, pinG, p}, n.netPinNodes());
        assertEquals(1.0, n.netWeight(0), "a port-driven net weighs 1");
        assertEquals(3.0, n.netWeight(1), "a pin-driven net takes the pin's weight");
        assertEquals(1, n.netOfDriver(pinA));
        assertEquals(1, n.count(NodeKind.HARD_MACRO));
        assertArrayEquals(new int[] {g}, n.nodesOf(NodeKind.SOFT_MACRO));
        assertEquals(a, n.find("A").getAsInt());
        assertTrue(n.find("nope").isEmpty());
    }

    @Test
    void reportsDuplicateNamesWithLine() throws Exception {
        NetlistBuilder b = new NetlistBuilder("d.pb.txt");
        b.addPort("p", 0, 0, PortSide.NONE, 7);
        FormatException e = assertThrows(FormatException.class, () -> b.addPort("p", 1, 1, PortSide.NONE, 12));
        assertEquals("d.pb.txt:12: duplicate node name \"p\" (first defined at line 7)", e.getMessage());
    }

    @Test
    void reportsUnknownInputAndUnknownMacroWithLine() throws Exception {
        NetlistBuilder b = new NetlistBuilder("u.pb.txt");
        int p = b.addPort("p", 0, 0, PortSide.NONE, 1);
        b.addInput(p, "ghost", 3);
        FormatException e = assertThrows(FormatException.class, b::build);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown node"), e.getMessage());

        NetlistBuilder c = new NetlistBuilder("u.pb.txt");
        c.addPin("x/y", "x", 0, 0, Double.NaN, Double.NaN, 1, 9);
        FormatException f = assertThrows(FormatException.class, c::build);
        assertEquals("u.pb.txt:9: pin \"x/y\" names unknown macro \"x\"", f.getMessage());
    }

    @Test
    void theNetlistIsFrozenWhateverTheBuilderDoesNext() throws Exception {
        NetlistBuilder b = new NetlistBuilder("f.pb.txt");
        b.putMetadata("k", "1");
        b.addPort("p", 0, 0, PortSide.LEFT, 4);
        Netlist n = b.build();
        b.putMetadata("k", "2");
        b.putMetadata("later", "x");
        b.addPort("q", 1, 1, PortSide.LEFT, 5);
        Netlist m = b.build();
        assertEquals(java.util.Map.of("k", "1"), n.metadata());
        assertTrue(n.find("q").isEmpty(), "a node added after build() is not in the built netlist");
        assertEquals(1, n.nodeCount());
        assertEquals(1, m.find("q").getAsInt());
        assertEquals("2", m.metadata().get("k"));
        assertThrows(UnsupportedOperationException.class, () -> n.metadata().put("k", "3"));
        assertEquals("f.pb.txt", n.source());
        assertEquals(4, n.line(0));
    }

    @Test
    void refusesNonFinitePositionsAndBadWeights() {
        NetlistBuilder b = new NetlistBuilder("w.pb.txt");
        assertEquals("w.pb.txt:3: node \"p\" has a non-finite position", assertThrows(FormatException.class,
                () -> b.addPort("p", Double.POSITIVE_INFINITY, 0, PortSide.LEFT, 3)).getMessage());
        assertEquals("w.pb.txt:4: node \"c\" has weight -3.0; a weight must be a finite number >= 0",
                assertThrows(FormatException.class, () -> b.addStdCell("c", 1, 1, 0, 0, -3, null, 4)).getMessage());
        assertEquals("w.pb.txt:5: node \"m/a\" has weight NaN; a weight must be a finite number >= 0",
                assertThrows(FormatException.class, () -> b.addPin("m/a", "m", 0, 0, 0, 0, Double.NaN, 5)).getMessage());
        assertEquals("w.pb.txt:6: pin \"m/b\" has a non-finite offset",
                assertThrows(FormatException.class, () -> b.addPin("m/b", "m", Double.NaN, 0, 0, 0, 1, 6)).getMessage());
    }

    @Test
    void orientationRotatesOffsetsLikeDef() {
        assertEquals(-1, Orientation.S.rotateX(1, 2));
        assertEquals(-2, Orientation.S.rotateY(1, 2));
        assertEquals(-1, Orientation.FN.rotateX(1, 2));
        assertEquals(2, Orientation.FN.rotateY(1, 2));
        assertEquals(2, Orientation.E.rotateX(1, 2));
        assertEquals(-1, Orientation.E.rotateY(1, 2));
        assertEquals(-2, Orientation.W.rotateX(1, 2));
        assertEquals(1, Orientation.W.rotateY(1, 2));
        assertTrue(Orientation.FE.swapsSides());
    }

    @Test
    void summaryCountsKindsAreasAndNetWeight() throws Exception {
        NetlistBuilder b = new NetlistBuilder("s");
        int p = b.addPort("p", 0, 0, PortSide.LEFT, 1);
        b.addMacro("A", true, 10, 20, 50, 50, Orientation.N, 2);
        b.addMacro("Grp_1", false, 4, 5, 80, 80, Orientation.N, 3);
        int pin = b.addPin("A/o", "A", 1, 2, Double.NaN, Double.NaN, 2.5, 4);
        b.addStdCell("c", 1, 2, 5, 5, 1, "INV", 5);
        b.addInput(p, "A/o", 1);
        b.addInput(pin, "c", 4);
        NetlistSummary s = NetlistSummary.of(b.build());
        assertEquals(1, s.ports());
        assertEquals(1, s.hardMacros());
        assertEquals(1, s.softMacros());
        assertEquals(1, s.hardMacroPins());
        assertEquals(1, s.stdCells());
        assertEquals(2, s.nets());
        assertEquals(4, s.netPins());
        assertEquals(3.5, s.totalNetWeight());
        assertEquals(200 + 20 + 2, s.totalArea());
        assertEquals(222.0 / 10000, s.utilisation(100, 100), 1e-15);
    }
}
