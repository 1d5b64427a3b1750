package io.macroplace.netlist.bookshelf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.testing.NetlistAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookshelfRoundTripTest {
    private static final double EPS = 1e-9;

    @Test
    void generatedDesignSurvivesWriteAndRead(@TempDir Path dir) throws Exception {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(12, 40, 24).withPins(6, 3));
        double w = g.plc().header().width().getAsDouble();
        double h = g.plc().header().height().getAsDouble();
        BookshelfLayout layout = new BookshelfLayout(100, 50, w, h, 1.4, 0.19);
        Path aux = dir.resolve("gen.aux");
        BookshelfWriter.write(aux, g.netlist(), g.plc().placement(), layout);
        for (String ext : new String[] {"aux", "nodes", "nets", "wts", "pl", "scl"}) {
            assertTrue(Files.isRegularFile(dir.resolve("gen." + ext)), ext);
        }
        try (var files = Files.list(dir)) {
            assertEquals(6, files.count(), "no temporary files left behind");
        }

        BookshelfDesign d = BookshelfReader.read(aux);
        assertEquals(100, d.layout().originX(), EPS);
        assertEquals(50, d.layout().originY(), EPS);
        assertEquals(w, d.layout().width(), EPS);
        assertEquals(h, d.layout().height(), EPS);
        assertEquals(1.4, d.layout().rowHeight());
        NetlistAssertions.assertSameGeometryAndNets(g.netlist(), g.plc().placement(), d.netlist(), d.plc().placement());
        assertEquals(24, d.terminals().cardinality(), "ports are the only terminals: hard macros are not fixed");
        Netlist n = d.netlist();
        for (int p : n.nodesOf(NodeKind.PORT)) {
            int original = g.netlist().find(n.name(p)).getAsInt();
            assertEquals(g.netlist().side(original), n.side(p), n.name(p));
        }
    }

    @Test
    void fixedHardMacrosBecomeTerminalsAndStayFixed(@TempDir Path dir) throws Exception {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(5, 5, 4).withPins(3, 1));
        Placement p = g.plc().placement();
        boolean[] fixed = p.fixedFlags();
        int[] hard = g.netlist().nodesOf(NodeKind.HARD_MACRO);
        fixed[hard[0]] = true;
        fixed[hard[3]] = true;
        Placement withFixed = new Placement(p.xs(), p.ys(), p.orientations(), fixed);
        Path aux = dir.resolve("f.aux");
        BookshelfWriter.write(aux, g.netlist(), withFixed, BookshelfLayout.of(
                g.plc().header().width().getAsDouble(), g.plc().header().height().getAsDouble(), 2, 1));
        BookshelfDesign d = BookshelfReader.read(aux);
        assertEquals(6, d.terminals().cardinality());
        NetlistAssertions.assertSameGeometryAndNets(g.netlist(), withFixed, d.netlist(), d.plc().placement());
        assertTrue(Files.readString(dir.resolve("f.nodes")).contains("\tM_3\t"));
    }

    @Test
    void handWrittenDesignReadsBackIdentically(@TempDir Path dir) throws Exception {
        BookshelfDesign first = BookshelfReader.read(BookshelfReaderTest.tinyAux());
        Path aux = dir.resolve("again.aux");
        BookshelfWriter.write(aux, first.netlist(), first.plc().placement(), first.layout());
        BookshelfDesign second = BookshelfReader.read(aux);
        assertEquals(first.layout(), second.layout(), "origin, canvas (M1 beyond the rows), row height");
        assertEquals(first.terminals(), second.terminals());
        assertEquals(first.plc().placement(), second.plc().placement());
        Netlist a = first.netlist();
        Netlist b = second.netlist();
        assertEquals(a.nodeCount(), b.nodeCount());
        for (int i = 0; i < a.nodeCount(); i++) {
            assertEquals(a.name(i), b.name(i));
            assertEquals(a.kind(i), b.kind(i));
            assertEquals(a.width(i), b.width(i));
            assertEquals(a.height(i), b.height(i));
            assertEquals(a.pinMacro(i), b.pinMacro(i));
            assertEquals(a.pinOffsetX(i), b.pinOffsetX(i));
            assertEquals(a.pinOffsetY(i), b.pinOffsetY(i));
            assertEquals(a.side(i), b.side(i));
        }
        assertArrayEquals(a.netStarts(), b.netStarts());
        assertArrayEquals(a.netPinNodes(), b.netPinNodes());
        assertEquals(2.5, b.netWeight(2));
        // the written .wts holds only the weight that is not 1
        assertEquals(List.of("n2\t2.5"), Files.readAllLines(dir.resolve("again.wts")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("UCLA")).toList());
    }

    @Test
    void writerOutputMatchesTheGoldenFiles(@TempDir Path dir) throws Exception {
        BookshelfDesign d = BookshelfReader.read(BookshelfReaderTest.tinyAux());
        BookshelfWriter.write(dir.resolve("golden.aux"), d.netlist(), d.plc().placement(), d.layout());
        Path golden = Path.of(getClass().getResource("/bookshelf/golden/golden.aux").toURI()).getParent();
        for (String ext : new String[] {"aux", "nodes", "nets", "wts", "pl", "scl"}) {
            assertEquals(Files.readString(golden.resolve("golden." + ext)), Files.readString(dir.resolve("golden." + ext)), ext);
        }
    }

    @Test
    void everyNodeKeepsItsKindWhateverItsNameSizeOrFixedFlag(@TempDir Path dir) throws Exception {
        NetlistBuilder b = new NetlistBuilder("kinds.pb.txt");
        b.addPort("p", 0, 10, PortSide.LEFT, 1);
        int soft = b.addMacro("blk", false, 4, 3, 20, 20, Orientation.N, 2);    // soft, not Grp_, one row high
        int shortHard = b.addMacro("h", true, 6, 2, 40, 20, Orientation.N, 3);  // movable hard, lower than a row
        int fixedSoft = b.addMacro("fs", false, 8, 8, 60, 60, Orientation.N, 4); // fixed soft
        int fixedHard = b.addMacro("Grp_fh", true, 8, 8, 80, 60, Orientation.N, 5); // hard despite its name
        b.addMacro("Grp_s", false, 8, 8, 30, 70, Orientation.N, 6);
        int tall = b.addStdCell("tall", 1, 9, 10, 50, 1, null, 7);             // a cell taller than a row
        b.addStdCell("c", 1, 3, 12, 50, 1, null, 8);
        int pin = b.addPin("blk/o", "blk", 1, 1, Double.NaN, Double.NaN, 3, 9);
        b.addPin("h/i", "h", -1, 0, Double.NaN, Double.NaN, 1, 10);
        b.addPin("fs/i", "fs", 0, 2, Double.NaN, Double.NaN, 1, 11);
        b.addPin("Grp_fh/i", "Grp_fh", 0, 0, Double.NaN, Double.NaN, 1, 12);
        b.addInput(pin, "h/i", 9);
        b.addInput(pin, "fs/i", 9);
        b.addInput(pin, "Grp_fh/i", 9);
        b.addInput(pin, "tall", 9);
        b.addInput(pin, "p", 9);
        b.addInput(tall, "c", 7);
        Netlist n = b.build();
        Placement p0 = Placement.of(n);
        boolean[] fixed = new boolean[n.nodeCount()];
        fixed[fixedSoft] = true;
        fixed[fixedHard] = true;
        Placement p = new Placement(p0.xs(), p0.ys(), p0.orientations(), fixed);
        Path aux = dir.resolve("k.aux");
        BookshelfWriter.write(aux, n, p, BookshelfLayout.of(100, 100, 3, 1));
        assertTrue(Files.readString(dir.resolve("k.nodes")).contains("# macroplace: soft_macro blk\n\tblk\t4\t3\n"));
        assertTrue(Files.readString(dir.resolve("k.nodes")).contains("# macroplace: stdcell tall\n"));
        assertFalse(Files.readString(dir.resolve("k.nodes")).contains("stdcell c\n"), "cells a reader gets right anyway");

        BookshelfDesign d = BookshelfReader.read(aux);
        NetlistAssertions.assertSameGeometryAndNets(n, p, d.netlist(), d.plc().placement());
        assertEquals(NodeKind.SOFT_MACRO, d.netlist().kind(d.netlist().find("blk").getAsInt()));
        assertEquals(NodeKind.HARD_MACRO, d.netlist().kind(d.netlist().find("h").getAsInt()));
        assertEquals(NodeKind.STDCELL, d.netlist().kind(d.netlist().find("tall").getAsInt()));
        assertEquals(NodeKind.HARD_MACRO, d.netlist().kind(d.netlist().find("Grp_fh").getAsInt()));
        assertEquals(NodeKind.SOFT_MACRO_PIN, d.netlist().kind(d.netlist().find("blk/p0").getAsInt()));
        assertEquals(soft, d.netlist().find("blk").getAsInt());
        assertEquals(shortHard, d.netlist().find("h").getAsInt());
    }

    @Test
    void namesBookshelfCannotHoldAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"a b", "names are single tokens, without spaces or control characters"},
            {"a\tb", "names are single tokens, without spaces or control characters"},
            {"a\u00a0b", "names are single tokens, without spaces or control characters"},
            {"a:b", "':' has a meaning of its own in Bookshelf files"},
            {"a#b", "'#' has a meaning of its own in Bookshelf files"},
            {"UCLA", "readers skip lines that start with UCLA as format headers"},
        };
        for (String[] c : cases) {
            NetlistBuilder b = new NetlistBuilder("names.pb.txt");
            b.addPort("ok", 0, 0, PortSide.LEFT, 1);
            b.addStdCell(c[0], 1, 1, 5, 5, 1, null, 7);
            Netlist n = b.build();
            Path aux = dir.resolve("n.aux");
            FormatException e = assertThrows(FormatException.class,
                    () -> BookshelfWriter.write(aux, n, Placement.of(n), BookshelfLayout.of(10, 10, 1, 1)));
            assertEquals(FormatException.printable("names.pb.txt:7: node name \"" + c[0]
                    + "\" cannot be written to Bookshelf: " + c[1]), e.getMessage());
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count(), "nothing written for " + c[0]);
            }
        }
    }

    @Test
    void unplacedNodesAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        NetlistBuilder b = new NetlistBuilder("u.pb.txt");
        b.addPort("p", 0, 0, PortSide.LEFT, 1);
        b.addMacro("M0", true, 2, 2, Double.NaN, Double.NaN, Orientation.N, 4);
        Netlist n = b.build();
        FormatException e = assertThrows(FormatException.class, () -> BookshelfWriter.write(dir.resolve("x.aux"), n,
                Placement.of(n), BookshelfLayout.of(10, 10, 1, 1)));
        assertEquals("u.pb.txt:4: node \"M0\" (HARD_MACRO) has no position, and a Bookshelf .pl needs one for every node",
                e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void numbersAreWrittenPlainAndExact() {
        assertEquals("12", BookshelfWriter.num(12.0));
        assertEquals("-3", BookshelfWriter.num(-3.0));
        assertEquals("0", BookshelfWriter.num(-0.0));
        assertEquals("0.1", BookshelfWriter.num(0.1));
        assertEquals("0.00012", BookshelfWriter.num(1.2e-4));
        assertEquals(1.0 / 3, Double.parseDouble(BookshelfWriter.num(1.0 / 3)));
    }
}
