package io.macroplace.netlist.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.testing.SharedDesigns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Circuit Training → Bookshelf → Circuit Training through {@link DesignWriter} and
 * {@link DesignReader}, for every reference design: node kinds, net and net-pin counts, every
 * node's position and orientation, and the weighted HPWL come back as they were.
 */
class DesignRoundTripTest {

    /** What {@code macroplace cost} reports as hpwl for these designs and placements. */
    private static final Map<String, Double> KNOWN_HPWL = Map.of(
            "ct-macro_tiles_10x10", 38160.0,
            "ct-simple_with_coords", 1850.0,
            "ariane133-ng45", 4763107.117000044);

    static List<SharedDesigns.CtDesign> designs() {
        return SharedDesigns.CT_DESIGNS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void ctToBookshelfToCtKeepsKindsPinsNetsPositionsAndHpwl(SharedDesigns.CtDesign design, @TempDir Path dir)
            throws IOException {
        Design original = DesignReader.readPlaced(SharedDesigns.netlist(design), SharedDesigns.plc(design));
        Path aux = dir.resolve("bs").resolve("d.aux");
        DesignWriter.write(original.netlist(), original.plc(), aux, DesignFormat.BOOKSHELF);
        Design bookshelf = DesignReader.readPlaced(aux, null);
        Path back = dir.resolve("ct").resolve("d.pb.txt");
        DesignWriter.Written w = DesignWriter.write(bookshelf.netlist(), bookshelf.plc(), back,
                DesignFormat.CIRCUIT_TRAINING);
        assertEquals(0, w.addedDrivers(), "a CT netlist has one net per driver to begin with");
        Design again = DesignReader.readPlaced(back, DesignWriter.plcPathFor(back));

        for (Design d : new Design[] {bookshelf, again}) {
            String where = design.name() + " as " + d.netlistPath().getFileName();
            assertSameNodes(original, d, where);
            assertEquals(original.netlist().netCount(), d.netlist().netCount(), where + ": nets");
            assertEquals(original.netlist().netPinCount(), d.netlist().netPinCount(), where + ": net pins");
            double hpwl = hpwl(original.netlist(), original.plc().placement());
            assertEquals(hpwl, hpwl(d.netlist(), d.plc().placement()), 1e-9 * hpwl, where + ": HPWL");
        }
        Double known = KNOWN_HPWL.get(design.name());
        if (known != null) {
            assertEquals(known, hpwl(again.netlist(), again.plc().placement()), 1e-9 * known, "the HPWL itself");
        }
    }

    /** Same placeable nodes by name: kind, size, position, orientation; and as many net pins on each macro. */
    private static void assertSameNodes(Design a, Design b, String where) {
        Netlist na = a.netlist();
        Netlist nb = b.netlist();
        Placement pa = a.plc().placement();
        Placement pb = b.plc().placement();
        int placeable = 0;
        int[] netPinsOnA = netPinsOnMacros(na);
        int[] netPinsOnB = netPinsOnMacros(nb);
        for (int i = 0; i < na.nodeCount(); i++) {
            if (na.kind(i).isPin()) {
                continue;
            }
            placeable++;
            String name = na.name(i);
            int j = nb.find(name).orElseThrow(() -> new AssertionError(where + ": " + name + " is lost"));
            assertEquals(na.kind(i), nb.kind(j), where + ": kind of " + name);
            assertEquals(na.width(i), nb.width(j), 1e-9, where + ": width of " + name);
            assertEquals(na.height(i), nb.height(j), 1e-9, where + ": height of " + name);
            assertEquals(pa.x(i), pb.x(j), 1e-9, where + ": x of " + name);
            assertEquals(pa.y(i), pb.y(j), 1e-9, where + ": y of " + name);
            if (na.kind(i).isMacro()) {
                assertEquals(pa.orientation(i), pb.orientation(j), where + ": orientation of " + name);
                assertEquals(netPinsOnA[i], netPinsOnB[j], where + ": net pins on " + name);
            }
        }
        long placeableB = java.util.stream.IntStream.range(0, nb.nodeCount()).filter(j -> !nb.kind(j).isPin()).count();
        assertEquals(placeable, placeableB, where + ": placeable nodes");
        for (NodeKind k : new NodeKind[] {NodeKind.PORT, NodeKind.HARD_MACRO, NodeKind.SOFT_MACRO, NodeKind.STDCELL}) {
            assertEquals(na.count(k), nb.count(k), where + ": " + k);
        }
    }

    private static int[] netPinsOnMacros(Netlist n) {
        int[] count = new int[n.nodeCount()];
        for (int i = 0; i < n.netPinCount(); i++) {
            int pin = n.netPin(i);
            if (n.kind(pin).isPin()) {
                count[n.pinMacro(pin)]++;
            }
        }
        return count;
    }

    /**
     * Naive weighted HPWL by Circuit Training's rule: a hard-macro pin at its macro's centre plus
     * its offset turned by the macro's orientation in the netlist, a soft-macro pin at its macro's
     * centre, anything else at its own position.
     */
    static double hpwl(Netlist n, Placement p) {
        double total = 0;
        for (int e = 0; e < n.netCount(); e++) {
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int node = n.netPin(i);
                double x;
                double y;
                if (n.kind(node) == NodeKind.HARD_MACRO_PIN) {
                    int m = n.pinMacro(node);
                    x = p.x(m) + n.orientation(m).rotateX(n.pinOffsetX(node), n.pinOffsetY(node));
                    y = p.y(m) + n.orientation(m).rotateY(n.pinOffsetX(node), n.pinOffsetY(node));
                } else if (n.kind(node) == NodeKind.SOFT_MACRO_PIN) {
                    x = p.x(n.pinMacro(node));
                    y = p.y(n.pinMacro(node));
                } else {
                    x = p.x(node);
                    y = p.y(node);
                }
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
            }
            total += n.netWeight(e) * (x1 - x0 + y1 - y0);
        }
        return total;
    }
}
