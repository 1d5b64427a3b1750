package io.macroplace.netlist.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PortSide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed .plc files: a FormatException naming the file and the exact line. */
class PlcReaderErrorsTest {
    private static final String HEADER = "# Columns : 2  Rows : 2\n# Width : 100  Height : 100\n";

    @TempDir
    Path dir;
    private Netlist netlist;

    @BeforeEach
    void netlist() throws IOException {
        // 0 port, 1 macro, 2 its pin, 3 cell
        NetlistBuilder b = new NetlistBuilder("n");
        b.addPort("p", 0, 5, PortSide.LEFT, 1);
        b.addMacro("m", true, 10, 10, 50, 50, Orientation.N, 2);
        b.addPin("m/a", "m", 1, 1, Double.NaN, Double.NaN, 1, 3);
        b.addStdCell("c", 1, 1, 20, 20, 1, "INV", 4);
        netlist = b.build();
    }

    private FormatException fails(String text) throws IOException {
        return fails(text, PlcReader.Coverage.COMPLETE);
    }

    private FormatException fails(String text, PlcReader.Coverage coverage) throws IOException {
        Path f = dir.resolve("t.plc");
        Files.writeString(f, text);
        FormatException e = assertThrows(FormatException.class, () -> PlcReader.read(f, netlist, coverage));
        assertEquals(f.toString(), e.file());
        assertTrue(e.getMessage().startsWith(e.line() > 0 ? f + ":" + e.line() + ": " : f + ": "), e.getMessage());
        return e;
    }

    private static void assertAt(int line, String fragment, FormatException e) {
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(fragment), e.getMessage());
    }

    @Test
    void indexOutOfRange() throws IOException {
        assertAt(4, "node index 4 out of range", fails(HEADER + "0 0 5 - 1\n4 1 1 N 0\n"));
        assertAt(3, "node index -1 out of range", fails(HEADER + "-1 1 1 N 0\n"));
    }

    @Test
    void indexOfAPin() throws IOException {
        assertAt(5, "node 2 \"m/a\" is a HARD_MACRO_PIN", fails(HEADER + "0 0 5 - 1\n1 5 5 N 0\n2 1 1 N 0\n"));
    }

    @Test
    void duplicateNode() throws IOException {
        assertAt(5, "node 1 \"m\" is already placed at line 4", fails(HEADER + "0 0 5 - 1\n1 5 5 N 0\n1 6 6 N 0\n"));
    }

    @Test
    void missingPlaceableNodes() throws IOException {
        FormatException e = fails(HEADER + "0 0 5 - 1\n# trailing comment\n");
        assertAt(4, "places 1 of the 2 ports and macros; 1 missing, the first is node 1 \"m\"", e);
        // CT's own rule (any subset) accepts it, the macro keeps its netlist position
        Path f = dir.resolve("t.plc");
        PlcFile partial = PlcReader.read(f, netlist, PlcReader.Coverage.PARTIAL);
        assertEquals(50.0, partial.placement().x(1));
        assertTrue(partial.placement().fixed(0));
    }

    @Test
    void cellsMayBeLeftOutOrPlaced() throws IOException {
        Path f = dir.resolve("ok.plc");
        Files.writeString(f, HEADER + "0 0 5 - 1\n1 5 5 FN 0\n");
        PlcFile a = PlcReader.read(f, netlist);
        assertEquals(20.0, a.placement().x(3));
        assertEquals(Orientation.FN, a.placement().orientation(1));
        Files.writeString(f, HEADER + "0 0 5 - 1\n1 5 5 N 0\n3 7.5 8 N 1\n");
        PlcFile b = PlcReader.read(f, netlist);
        assertEquals(7.5, b.placement().x(3));
        assertTrue(b.placement().fixed(3));
    }

    @Test
    void badNumbers() throws IOException {
        assertAt(4, "bad number \"1.2.3\" for x", fails(HEADER + "0 0 5 - 1\n1 1.2.3 5 N 0\n"));
        assertAt(3, "bad number \"NaN\" for y", fails(HEADER + "0 0 NaN - 1\n"));
        assertAt(3, "bad node index \"1.0\"", fails(HEADER + "1.0 0 5 N 1\n"));
        assertAt(2, "Columns needs an integer, found \"2.5\"", fails("# hello\n# Columns : 2.5  Rows : 2\n"));
        assertAt(1, "bad number \"x\" for Width", fails("# Width : x  Height : 3\n"));
        assertAt(1, "bad number \"abc\" for ver", fails("# Routes per micron, hor : 1  ver : abc\n"));
        assertAt(2, "Blockage needs x0 y0 x1 y1 rate", fails("#\n# Blockage : 0 0 1 1\n"));
        assertAt(1, "blockage corners out of order", fails("# Blockage : 5 0 1 1 1\n"));
        assertAt(2, "needs density and congestion", fails("#\n# Cost weights, wirelength : 1  density : 0.5\n"));
        assertAt(1, "bad number \"x\" for congestion",
                fails("# Cost weights, wirelength : 1  density : 0.5  congestion : x\n"));
        assertAt(1, "cost weights must be finite and >= 0",
                fails("# Cost weights, wirelength : 1  density : -0.5  congestion : 0.5\n"));
        assertAt(3, "Pin mode is \"default\" or \"oriented\", found \"rotated\"", fails("#\n#\n# Pin mode : rotated\n"));
    }

    @Test
    void binaryJunkIsAFormatErrorNotACharsetError() throws IOException {
        Path f = dir.resolve("junk.plc");
        Files.write(f, new byte[] {'#', ' ', (byte) 0xff, (byte) 0xfe, '\n', '0', ' ', (byte) 0xc3, ' ', '1', '\n'});
        FormatException e = assertThrows(FormatException.class, () -> PlcReader.read(f, netlist));
        assertAt(2, "found 3 fields", e);
    }

    @Test
    void badBodyLines() throws IOException {
        assertAt(3, "found 4 fields", fails(HEADER + "0 0 5 -\n"));
        assertAt(4, "unknown orientation \"Q\"", fails(HEADER + "0 0 5 - 1\n1 5 5 Q 0\n"));
        assertAt(4, "a macro needs an orientation", fails(HEADER + "0 0 5 - 1\n1 5 5 - 0\n"));
        assertAt(3, "fixed must be 0 or 1", fails(HEADER + "0 0 5 - yes\n"));
    }

    @Test
    void everyPlaceableNodeMustEndWithAPosition() throws IOException {
        // 0 port, 1 macro without a netlist position, 2 its pin, 3 cell without one
        NetlistBuilder b = new NetlistBuilder("n");
        b.addPort("p", 0, 5, PortSide.LEFT, 1);
        b.addMacro("m", true, 10, 10, Double.NaN, Double.NaN, Orientation.N, 2);
        b.addPin("m/a", "m", 1, 1, Double.NaN, Double.NaN, 1, 3);
        b.addStdCell("c", 1, 1, Double.NaN, Double.NaN, 1, "INV", 4);
        netlist = b.build();
        for (PlcReader.Coverage coverage : PlcReader.Coverage.values()) {
            FormatException headerOnly = fails(HEADER, coverage);
            assertEquals(dir.resolve("t.plc") + ":2: the file places no nodes (header only), and the netlist gives no "
                    + "position to 2 of its 3 placeable nodes; the first is node 1 \"m\" (HARD_MACRO)",
                    headerOnly.getMessage(), coverage.name());
            FormatException cellLeftOut = fails(HEADER + "0 0 5 - 1\n1 50 50 N 0\n", coverage);
            assertEquals(dir.resolve("t.plc") + ":4: 1 of the 3 placeable nodes are neither placed here nor given a "
                    + "position by the netlist; the first is node 3 \"c\" (STDCELL)", cellLeftOut.getMessage());
        }
        assertAt(0, "the file is empty", fails(""));
        Path f = dir.resolve("t.plc");
        Files.writeString(f, HEADER + "0 0 5 - 1\n1 50 50 N 0\n3 20 20 N 0\n");
        PlcFile placed = PlcReader.read(f, netlist);
        assertEquals(50.0, placed.placement().x(1));
        assertEquals(20.0, placed.placement().y(3));
    }

    @Test
    void aFolderIsNamedAsSuch() {
        FormatException e = assertThrows(FormatException.class, () -> PlcReader.read(dir, netlist));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
    }
}
