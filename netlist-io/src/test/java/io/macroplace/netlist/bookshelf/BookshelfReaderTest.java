package io.macroplace.netlist.bookshelf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BookshelfReaderTest {
    static final String[] TINY_FILES = {"tiny.aux", "tiny.nodes", "tiny.nets", "tiny.wts", "tiny.pl", "tiny.scl"};

    static Path tinyAux() throws Exception {
        return Path.of(BookshelfReaderTest.class.getResource("/bookshelf/tiny/tiny.aux").toURI());
    }

    @Test
    void readsTheHandWrittenCrlfDesign() throws Exception {
        BookshelfDesign d = BookshelfReader.read(tinyAux());
        Netlist n = d.netlist();
        assertEquals("tiny", d.name());
        // canvas: rows span x 5..105, y 10..34; fixed M1 reaches to (118, 50)
        assertEquals(new BookshelfLayout(5, 10, 113, 40, 12, 1), d.layout());
        assertEquals(113.0, d.plc().header().width().getAsDouble());
        assertEquals(40.0, d.plc().header().height().getAsDouble());

        assertEquals(11, n.nodeCount(), "6 nodes + 5 macro pins");
        String[] names = {"c1", "c2", "M1", "M2", "io1", "B1", "M1/p0", "M1/p1", "M2/p0", "B1/p0", "M2/p1"};
        NodeKind[] kinds = {NodeKind.STDCELL, NodeKind.STDCELL, NodeKind.HARD_MACRO, NodeKind.HARD_MACRO,
                NodeKind.PORT, NodeKind.HARD_MACRO, NodeKind.HARD_MACRO_PIN, NodeKind.HARD_MACRO_PIN,
                NodeKind.HARD_MACRO_PIN, NodeKind.HARD_MACRO_PIN, NodeKind.HARD_MACRO_PIN};
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], n.name(i));
            assertEquals(kinds[i], n.kind(i), names[i]);
        }
        assertEquals(PortSide.LEFT, n.side(4));
        assertEquals(8.0, n.width(2));
        assertEquals(20.0, n.height(2));

        Placement p = d.plc().placement();
        double[][] centres = {{16, 6}, {36.5, 18}, {109, 30}, {50, 5}, {0, 20}, {68, 15}};
        for (int i = 0; i < centres.length; i++) {
            assertEquals(centres[i][0], p.x(i), 1e-12, names[i] + " x");
            assertEquals(centres[i][1], p.y(i), 1e-12, names[i] + " y");
            assertEquals(p.x(i), n.x(i));
        }
        assertEquals(Orientation.FS, p.orientation(1));
        assertEquals(Orientation.E, p.orientation(3));
        boolean[] fixed = {false, false, true, true, true, false};
        for (int i = 0; i < fixed.length; i++) {
            assertEquals(fixed[i], p.fixed(i), names[i] + " fixed");
        }
        assertTrue(d.isTerminal(2) && d.isTerminal(3) && d.isTerminal(4));
        assertFalse(d.isTerminal(5), "a tall movable block is a macro but not a terminal");

        // pins: offsets as written; M2 is turned E, so its pin (3, 2) lands at (+2, -3)
        assertEquals(2, n.pinMacro(6));
        assertEquals(2.0, n.pinOffsetX(6));
        assertEquals(-3.0, n.pinOffsetY(6));
        assertEquals(3, n.pinMacro(8));
        assertEquals(52.0, p.x(8), 1e-12);
        assertEquals(2.0, p.y(8), 1e-12);
        assertEquals(2, n.macroPinCount(3));

        // nets: the single-pin net is dropped; driver = first O pin, else first pin
        assertEquals(3, n.netCount());
        assertArrayEquals(new int[] {0, 3, 5, 9}, n.netStarts());
        assertArrayEquals(new int[] {6, 0, 4, 7, 8, 1, 9, 10, 0}, n.netPinNodes());
        assertEquals(1.0, n.netWeight(0));
        assertEquals(1.0, n.netWeight(1));
        assertEquals(2.5, n.netWeight(2), "from the .wts");
        assertEquals(2, n.netOfDriver(1), "c2 drives netC");
    }

    @Test
    void turnedMacroUsesItsSwappedFootprintBothWays(@TempDir Path dir) throws Exception {
        Path aux = copyTiny(dir);
        Path pl = dir.resolve("tiny.pl");
        Files.writeString(pl, Files.readString(pl).replace("M1\t110\t30\t: N /FIXED", "M1\t110\t30\t: W /FIXED"));
        BookshelfDesign d = BookshelfReader.read(aux);
        // M1 is 8 x 20; turned W its footprint is 20 x 8: it spans x 110..130, y 30..38 in the file
        assertEquals(new BookshelfLayout(5, 10, 125, 28, 12, 1), d.layout());
        Placement p = d.plc().placement();
        assertEquals(Orientation.W, p.orientation(2));
        assertEquals(115.0, p.x(2), 1e-12);
        assertEquals(24.0, p.y(2), 1e-12);
        // its pin (2, -3) turned W lands at (+3, +2) from the centre
        assertEquals(118.0, p.x(6), 1e-12);
        assertEquals(26.0, p.y(6), 1e-12);
        assertEquals(2.0, d.netlist().pinOffsetX(6), "offsets stay as written, for orientation N");

        Path again = dir.resolve("again.aux");
        BookshelfWriter.write(again, d.netlist(), p, d.layout());
        assertTrue(Files.readString(dir.resolve("again.pl")).contains("M1\t110\t30\t: W /FIXED"));
        BookshelfDesign e = BookshelfReader.read(again);
        assertEquals(d.layout(), e.layout());
        assertEquals(p, e.plc().placement());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("tiny.nets", "\tio1\tI\n", "\tghost\tI\n", "tiny.nets:9: unknown node \"ghost\" in net \"netA\""),
                Arguments.of("tiny.nodes", "\tc2\t3\t12", "\tc2\t3x\t12", "tiny.nodes:7: bad number \"3x\""),
                Arguments.of("tiny.nets", "NetDegree : 2   netB", "NetDegree : 3   netB",
                        "tiny.nets:13: net \"netB\" (line 10) declares 3 pins but has 2"),
                Arguments.of("tiny.nets", "\tc1\tI\nNetDegree : 1   lonely\n\tc2\tO\n", "",
                        "tiny.nets:13: net \"netC\" declares 4 pins, file ends after 3"),
                Arguments.of("tiny.nets", "\tM2\tB : 3\t2\n", "\tM2\tB : 3\t2\n\tc1\tI\n",
                        "tiny.nets:13: pin line beyond the 2 pins that net \"netB\" (line 10) declares"),
                Arguments.of("tiny.nets", "NumPins : 10", "NumPins : 11", "tiny.nets:5: NumPins says 11, file has 10"),
                Arguments.of("tiny.nets", "\tM2\tB : 3", "\tM2\tX : 3", "tiny.nets:12: pin direction \"X\" is not I, O or B"),
                Arguments.of("tiny.nodes", "NumNodes : \t6", "NumNodes : \t7", "tiny.nodes:4: NumNodes says 7, file has 6"),
                Arguments.of("tiny.nodes", "\tB1\t6\t30", "\tc1\t6\t30", "tiny.nodes:11: duplicate node \"c1\" (first at line 6)"),
                Arguments.of("tiny.pl", "B1\t70", "B9\t70", "tiny.pl:8: unknown node \"B9\""),
                Arguments.of("tiny.pl", ": E /FIXED", ": Q /FIXED", "tiny.pl:6: unknown orientation \"Q\""),
                Arguments.of("tiny.scl", "Coordinate : 22", "Coordinate : abc", "tiny.scl:15: bad number \"abc\""),
                Arguments.of("tiny.scl", "NumRows : 2", "NumRows : 3", "tiny.scl:3: NumRows says 3, file has 2"),
                Arguments.of("tiny.wts", "netC\t2.5", "netC\tlots", "tiny.wts:2: bad number \"lots\""),
                Arguments.of("tiny.aux", "tiny.pl ", "", "tiny.aux:1: names no .pl file"),
                Arguments.of("tiny.aux", "tiny.scl", "gone.scl", "tiny.aux:1: file gone.scl named here does not exist"),
                // a corrupt count allocates nothing: it fails against NumPins, or the net comes up short
                Arguments.of("tiny.nets", "NetDegree : 2   netB", "NetDegree : 2000000000   netB",
                        "tiny.nets:10: NetDegree : 2000000000 takes the pins to 2000000003, more than NumPins : 10 "
                                + "(line 5) declares"),
                // counts are checked against the header where the file goes beyond it, not at its end
                Arguments.of("tiny.nets", "NumNets : 4", "NumNets : 2",
                        "tiny.nets:13: net 3 is one more than NumNets : 2 (line 4) declares"),
                Arguments.of("tiny.nodes", "NumNodes : \t6", "NumNodes : \t4",
                        "tiny.nodes:10: node 5 is one more than NumNodes : 4 (line 4) declares"),
                Arguments.of("tiny.nodes", "NumTerminals :\t3", "NumTerminals :\t1",
                        "tiny.nodes:9: terminal 2 is one more than NumTerminals : 1 (line 5) declares"),
                Arguments.of("tiny.scl", "Sitewidth\t:\t1", "Sitewidth\t:\t0",
                        "tiny.scl:5: row Height, Sitewidth and Sitespacing must be positive"),
                Arguments.of("tiny.aux", "tiny.scl", "tiny.nodes/x.scl",
                        "tiny.aux:1: file x.scl named here cannot be opened: Not a directory"),
                Arguments.of("tiny.scl", "NumRows : 2", "NumRows : 1",
                        "tiny.scl:14: row 2 is one more than NumRows : 1 (line 3) declares"),
                Arguments.of("tiny.nets", "NetDegree : 2   netB", "NetDegree : 99999999999   netB",
                        "tiny.nets:10: bad count \"99999999999\""),
                Arguments.of("tiny.nodes", "NumNodes : \t6", "NumNodes : \t2000000000",
                        "tiny.nodes:4: NumNodes says 2000000000, file has 6"),
                Arguments.of("tiny.nodes", "\tB1\t6\t30", "# macroplace: soft_macro B9\n\tB1\t6\t30",
                        "tiny.nodes:11: the kind comment names \"B9\", which is not a node of this file"),
                Arguments.of("tiny.nodes", "\tB1\t6\t30", "# macroplace: big_macro B1\n\tB1\t6\t30",
                        "tiny.nodes:11: expected \"# macroplace: KIND NAME\" (KIND hard_macro, soft_macro, stdcell), "
                                + "found \"# macroplace: big_macro B1\""),
                Arguments.of("tiny.nodes", "\tB1\t6\t30", "# macroplace: stdcell B1\n# macroplace: stdcell B1\n\tB1\t6\t30",
                        "tiny.nodes:12: node \"B1\" already has a kind comment at line 11"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsEachErrorWithFileAndLine(String file, String from, String to, String message, @TempDir Path dir)
            throws Exception {
        Path aux = copyTiny(dir);
        Path f = dir.resolve(file);
        String text = Files.readString(f, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), "test setup: " + file + " contains " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.ISO_8859_1);
        FormatException e = assertThrows(FormatException.class, () -> BookshelfReader.read(aux));
        // every file is named by its path, as the .aux path was given (here: absolute)
        assertEquals(dir + File.separator + message, e.getMessage());
    }

    @Test
    void errorsNameTheFilesTheWayTheAuxWasGiven(@TempDir Path dir) throws Exception {
        copyTiny(dir);
        Path nets = dir.resolve("tiny.nets");
        Files.writeString(nets, Files.readString(nets).replace("\tio1\tI\n", "\tghost\tI\n"));
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("tiny.aux"));
        assertFalse(relative.isAbsolute());
        FormatException e = assertThrows(FormatException.class, () -> BookshelfReader.read(relative));
        assertEquals(relative.resolveSibling("tiny.nets") + ":9: unknown node \"ghost\" in net \"netA\"", e.getMessage());
    }

    @Test
    void aFileWithoutNodesIsAnError(@TempDir Path dir) throws Exception {
        Path aux = copyTiny(dir);
        Files.writeString(dir.resolve("tiny.nodes"), "UCLA nodes 1.0\n# none\nNumNodes : 0\nNumTerminals : 0\n");
        FormatException e = assertThrows(FormatException.class, () -> BookshelfReader.read(aux));
        assertEquals(dir.resolve("tiny.nodes") + ":4: no nodes", e.getMessage());
    }

    @Test
    void aFolderNamedByTheAuxIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path aux = copyTiny(dir);
        Files.delete(dir.resolve("tiny.pl"));
        Files.createDirectory(dir.resolve("tiny.pl"));
        FormatException e = assertThrows(FormatException.class, () -> BookshelfReader.read(aux));
        assertEquals(dir.resolve("tiny.pl") + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void kindCommentsOverrideTheGuesses(@TempDir Path dir) throws Exception {
        Path aux = copyTiny(dir);
        Path nodes = dir.resolve("tiny.nodes");
        // c1 (one row high: a cell by the row rule) a soft macro, M1 (a terminal) a soft macro too,
        // B1 (taller than a row: a macro by the row rule) a cell; a trailing comment is just a comment
        Files.writeString(nodes, Files.readString(nodes)
                .replace("\tc1\t2\t12\n", "# macroplace: soft_macro c1\n\tc1\t2\t12\t# soft_macro\n")
                .replace("\tB1\t6\t30\n", "\tB1\t6\t30\n#macroplace:   stdcell   B1\n# macroplace: soft_macro M1\n"));
        Netlist n = BookshelfReader.read(aux).netlist();
        assertEquals(NodeKind.SOFT_MACRO, n.kind(n.find("c1").getAsInt()));
        assertEquals(NodeKind.SOFT_MACRO, n.kind(n.find("M1").getAsInt()));
        assertEquals(NodeKind.STDCELL, n.kind(n.find("B1").getAsInt()));
        assertEquals(NodeKind.HARD_MACRO, n.kind(n.find("M2").getAsInt()), "no comment: the terminal rule");
        assertEquals(NodeKind.SOFT_MACRO_PIN, n.kind(n.find("M1/p0").getAsInt()));
        assertTrue(BookshelfReader.read(aux).plc().placement().fixed(n.find("M1").getAsInt()), "terminals stay fixed");
    }

    /** The tiny design with LF line ends, so that tests can edit it line by line. */
    static Path copyTiny(Path dir) throws Exception {
        Path src = tinyAux().getParent();
        for (String f : TINY_FILES) {
            String text = Files.readString(src.resolve(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            Files.writeString(dir.resolve(f), text, StandardCharsets.ISO_8859_1);
        }
        return dir.resolve("tiny.aux");
    }
}
