package io.macroplace.netlist.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.ct.DriverSplit;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignWriterTest {

    /**
     * A Bookshelf design where cell c1 drives n1 and n2 (n2 weighs 2.5 in the .wts), port p1
     * drives n3 and n4, and cell c3 drives n5, weighted 4.
     */
    private static Path bookshelf(Path dir, String portNetWeight) throws IOException {
        Files.writeString(dir.resolve("t.aux"), "RowBasedPlacement : t.nodes t.nets t.wts t.pl t.scl\n");
        Files.writeString(dir.resolve("t.nodes"), """
                UCLA nodes 1.0
                NumNodes : 5
                NumTerminals : 2
                \tc1\t2\t4
                \tc2\t2\t4
                \tc3\t2\t4
                \tp1\t0\t0\tterminal
                \tM1\t10\t10\tterminal
                """);
        Files.writeString(dir.resolve("t.nets"), """
                UCLA nets 1.0
                NumNets : 5
                NumPins : 11
                NetDegree : 2 n1
                \tc1\tO
                \tc2\tI
                NetDegree : 3 n2
                \tc1\tO
                \tc3\tI
                \tM1\tI : 1 2
                NetDegree : 2 n3
                \tp1\tO
                \tc2\tI
                NetDegree : 2 n4
                \tp1\tO
                \tc3\tI
                NetDegree : 2 n5
                \tc3\tO
                \tM1\tI : -1 -2
                """);
        Files.writeString(dir.resolve("t.wts"), "UCLA wts 1.0\nn2 2.5\nn5 4\n" + portNetWeight);
        Files.writeString(dir.resolve("t.pl"), """
                UCLA pl 1.0
                c1 10 20 : N
                c2 30 8 : N
                c3 50 30 : N
                p1 0 16 : N /FIXED
                M1 70 28 : N /FIXED
                """);
        Files.writeString(dir.resolve("t.scl"), """
                UCLA scl 1.0
                NumRows : 1
                CoreRow Horizontal
                  Coordinate : 0
                  Height : 40
                  Sitewidth : 1
                  SubrowOrigin : 0 NumSites : 100
                End
                """);
        return dir.resolve("t.aux");
    }

    @Test
    void bookshelfNodesDrivingSeveralNetsKeepEveryNetInCircuitTraining(@TempDir Path dir) throws IOException {
        Design in = DesignReader.read(bookshelf(dir, ""), null);
        Netlist a = in.netlist();
        assertEquals(5, a.netCount());
        assertFalse(DriverSplit.isExpressible(a));
        assertThrows(IllegalArgumentException.class,
                () -> CtNetlistWriter.write(a, in.plc().placement(), new StringWriter()),
                "the plain writer refuses what it would silently drop");

        Path out = dir.resolve("ct").resolve("t.pb.txt");
        DesignWriter.Written w = DesignWriter.write(a, in.plc(), out, DesignFormat.CIRCUIT_TRAINING);
        assertEquals(2, w.addedDrivers(), "c1's second net and p1's second net");
        Design back = DesignReader.readPlaced(out, DesignWriter.plcPathFor(out));
        Netlist b = back.netlist();
        assertEquals(5, b.netCount(), "no net dropped (before: 3, one per driving node)");
        assertEquals(a.netPinCount(), b.netPinCount());
        assertEquals(a.nodeCount() + 2, b.nodeCount());
        for (int i = 0; i < a.nodeCount(); i++) {
            assertEquals(a.name(i), b.name(i), "existing nodes keep their ids (and .plc indexes)");
            assertEquals(a.kind(i), b.kind(i));
        }
        int cellOut = b.find("c1/out1").getAsInt();
        int portOut = b.find("p1/out1").getAsInt();
        assertEquals(NodeKind.STDCELL, b.kind(cellOut));
        assertEquals(0.0, b.width(cellOut) * b.height(cellOut), "no area: density does not change");
        assertEquals(NodeKind.PORT, b.kind(portOut));
        assertEquals(b.side(b.find("p1").getAsInt()), b.side(portOut));
        Placement p = back.plc().placement();
        int c1 = b.find("c1").getAsInt();
        int p1 = b.find("p1").getAsInt();
        assertEquals(p.x(c1), p.x(cellOut));
        assertEquals(p.y(c1), p.y(cellOut));
        assertEquals(p.x(p1), p.x(portOut));
        assertEquals(p.y(p1), p.y(portOut));
        assertEquals(nets(a, in.plc().placement()), nets(b, p), "the same nets, pin places and weights");
        assertEquals(DesignRoundTripTest.hpwl(a, in.plc().placement()), DesignRoundTripTest.hpwl(b, p), 1e-9);
        // n2 (2.5) now has its own driver carrying its weight; n5 (4) keeps c3 as driver, weighted 4
        assertEquals(2.5, b.weight(cellOut));
        assertEquals(4.0, b.weight(b.find("c3").getAsInt()));
    }

    /** Each net as "weight: sorted pin positions", sorted: what wirelength sees, whichever node drives. */
    private static List<String> nets(Netlist n, Placement p) {
        List<String> nets = new ArrayList<>();
        for (int e = 0; e < n.netCount(); e++) {
            List<String> pins = new ArrayList<>();
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int node = n.netPin(i);
                int owner = n.kind(node).isPin() ? n.pinMacro(node) : node;
                pins.add((p.x(owner) + n.pinOffsetX(node)) + "," + (p.y(owner) + n.pinOffsetY(node)));
            }
            String driver = pins.remove(0);
            Collections.sort(pins);
            nets.add(n.netWeight(e) + ": " + driver + " -> " + pins);
        }
        Collections.sort(nets);
        return nets;
    }

    @Test
    void aPortDrivenNetWithAWeightCannotBeCircuitTraining(@TempDir Path dir) throws IOException {
        Design in = DesignReader.read(bookshelf(dir, "n4 3\n"), null);
        Path out = dir.resolve("ct").resolve("t.pb.txt");
        FormatException e = assertThrows(FormatException.class,
                () -> DesignWriter.write(in.netlist(), in.plc(), out, DesignFormat.CIRCUIT_TRAINING));
        assertEquals(dir.resolve("t.nodes") + ":7: net 3 is driven by port \"p1\" and weighs 3.0; Circuit Training "
                + "gives port-driven nets weight 1", e.getMessage());
        assertFalse(Files.exists(dir.resolve("ct")), "nothing written");
    }

    @Test
    void anUnplacedNodeStopsTheWriteBeforeAnyFile(@TempDir Path dir) throws IOException {
        NetlistBuilder b = new NetlistBuilder("u.pb.txt");
        b.addPort("p", 0, 0, PortSide.LEFT, 3);
        b.addMacro("M0", true, 2, 2, Double.NaN, Double.NaN, Orientation.N, 9);
        b.addMacro("M1", true, 2, 2, Double.NaN, Double.NaN, Orientation.N, 19);
        Netlist n = b.build();
        PlcFile plc = new PlcFile(PlcHeader.EMPTY, Placement.of(n));
        for (DesignFormat f : DesignFormat.values()) {
            Path out = dir.resolve("out").resolve(f == DesignFormat.BOOKSHELF ? "x.aux" : "x.pb.txt");
            FormatException e = assertThrows(FormatException.class, () -> DesignWriter.write(n, plc, out, f));
            assertEquals("u.pb.txt:9: node \"M0\" (HARD_MACRO) has no position (2 of the 3 placeable nodes have "
                    + "none); every node needs one to be written", e.getMessage());
            assertFalse(Files.exists(dir.resolve("out")), f + ": nothing written, no folder made");
        }
    }

    @Test
    void aHardMacroNamedLikeACtClusterStopsTheWriteBeforeAnyFile(@TempDir Path dir) throws IOException {
        NetlistBuilder b = new NetlistBuilder("g.nodes");
        b.addMacro("Grp_7", true, 2, 2, 5, 5, Orientation.N, 4);
        Netlist n = b.build();
        Path out = dir.resolve("x.pb.txt");
        FormatException e = assertThrows(FormatException.class,
                () -> DesignWriter.write(n, new PlcFile(PlcHeader.EMPTY, Placement.of(n)), out, DesignFormat.CIRCUIT_TRAINING));
        assertTrue(e.getMessage().startsWith("g.nodes:4: hard macro \"Grp_7\" cannot be written as Circuit Training"),
                e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void expressibleNetlistsAreWrittenAsTheyAre() throws IOException {
        Netlist n = CtNetlistReader.read(new java.io.StringReader(
                "node { name: \"p\" input: \"c\" attr { key: \"type\" value { placeholder: \"PORT\" } } }\n"
                        + "node { name: \"c\" attr { key: \"type\" value { placeholder: \"STDCELL\" } }"
                        + " attr { key: \"width\" value { f: 1 } } attr { key: \"height\" value { f: 1 } } }\n"), "s");
        DriverSplit.Result r = DriverSplit.apply(n, Placement.of(n));
        assertEquals(0, r.added());
        assertTrue(r.netlist() == n, "no copy when nothing needs splitting");
    }
}
