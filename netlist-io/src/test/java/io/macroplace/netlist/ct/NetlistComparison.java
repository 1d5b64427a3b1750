package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.netlist.Netlist;

/** Field-by-field netlist equality for round-trip tests; doubles compared bit for bit. */
public final class NetlistComparison {
    private NetlistComparison() {
    }

    public static void assertSameNetlist(Netlist expected, Netlist actual) {
        assertEquals(expected.nodeCount(), actual.nodeCount(), "node count");
        assertEquals(expected.metadata(), actual.metadata(), "metadata");
        for (int i = 0; i < expected.nodeCount(); i++) {
            String at = "node " + i + " \"" + expected.name(i) + "\"";
            assertEquals(expected.name(i), actual.name(i), at);
            assertEquals(expected.kind(i), actual.kind(i), at);
            assertBits(expected.width(i), actual.width(i), at + " width");
            assertBits(expected.height(i), actual.height(i), at + " height");
            assertBits(expected.x(i), actual.x(i), at + " x");
            assertBits(expected.y(i), actual.y(i), at + " y");
            assertEquals(expected.orientation(i), actual.orientation(i), at);
            assertBits(expected.weight(i), actual.weight(i), at + " weight");
            assertEquals(expected.side(i), actual.side(i), at);
            assertEquals(expected.refName(i), actual.refName(i), at);
            assertEquals(expected.pinMacro(i), actual.pinMacro(i), at);
            assertBits(expected.pinOffsetX(i), actual.pinOffsetX(i), at + " x_offset");
            assertBits(expected.pinOffsetY(i), actual.pinOffsetY(i), at + " y_offset");
        }
        assertEquals(expected.netCount(), actual.netCount(), "net count");
        assertArrayEquals(expected.netStarts(), actual.netStarts(), "net starts");
        assertArrayEquals(expected.netPinNodes(), actual.netPinNodes(), "net pins");
        for (int e = 0; e < expected.netCount(); e++) {
            assertBits(expected.netWeight(e), actual.netWeight(e), "net " + e + " weight");
        }
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }
}
