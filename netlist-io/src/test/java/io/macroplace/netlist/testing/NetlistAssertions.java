package io.macroplace.netlist.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Assertions that two netlists (e.g. one design in two formats) describe the same design. */
public final class NetlistAssertions {
    private static final double EPS = 1e-9;

    private NetlistAssertions() {
    }

    /** Same non-pin nodes (by name) with the same geometry, and the same nets as pin locations and weights. */
    public static void assertSameGeometryAndNets(Netlist a, Placement pa, Netlist b, Placement pb) {
        int placeable = 0;
        for (int i = 0; i < a.nodeCount(); i++) {
            if (a.kind(i).isPin()) {
                continue;
            }
            placeable++;
            int j = b.find(a.name(i)).orElseThrow();
            assertEquals(a.kind(i), b.kind(j), a.name(i));
            assertEquals(a.width(i), b.width(j), EPS);
            assertEquals(a.height(i), b.height(j), EPS);
            assertEquals(pa.x(i), pb.x(j), EPS, a.name(i) + " x");
            assertEquals(pa.y(i), pb.y(j), EPS, a.name(i) + " y");
            assertEquals(pa.orientation(i), pb.orientation(j));
            assertEquals(pa.fixed(i) || a.kind(i) == NodeKind.PORT, pb.fixed(j), a.name(i) + " fixed");
        }
        int placeableB = 0;
        for (int j = 0; j < b.nodeCount(); j++) {
            placeableB += b.kind(j).isPin() ? 0 : 1;
        }
        assertEquals(placeable, placeableB);
        assertEquals(a.netCount(), b.netCount());
        for (int e = 0; e < a.netCount(); e++) {
            assertEquals(a.netWeight(e), b.netWeight(e), "weight of net " + e);
            assertEquals(pinKey(a, a.netDriver(e)), pinKey(b, b.netDriver(e)), "driver of net " + e);
            assertEquals(sinkKeys(a, e), sinkKeys(b, e), "sinks of net " + e);
        }
    }

    private static List<String> sinkKeys(Netlist n, int net) {
        List<String> keys = new ArrayList<>();
        for (int i = n.netStart(net) + 1; i < n.netEnd(net); i++) {
            keys.add(pinKey(n, n.netPin(i)));
        }
        Collections.sort(keys);
        return keys;
    }

    private static String pinKey(Netlist n, int node) {
        boolean pin = n.kind(node).isPin();
        return String.format(Locale.ROOT, "%s@%.9f,%.9f", n.name(pin ? n.pinMacro(node) : node),
                n.pinOffsetX(node), n.pinOffsetY(node));
    }
}
