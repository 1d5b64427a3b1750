package io.macroplace.netlist.bookshelf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
        assertSameGeometryAndNets(g.netlist(), g.plc().placement(), d.netlist(), d.plc().placement());
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
        assertSameGeometryAndNets(g.netlist(), withFixed, d.netlist(), d.plc().placement());
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
    void numbersAreWrittenPlainAndExact() {
        assertEquals("12", BookshelfWriter.num(12.0));
        assertEquals("-3", BookshelfWriter.num(-3.0));
        assertEquals("0", BookshelfWriter.num(-0.0));
        assertEquals("0.1", BookshelfWriter.num(0.1));
        assertEquals("0.00012", BookshelfWriter.num(1.2e-4));
        assertEquals(1.0 / 3, Double.parseDouble(BookshelfWriter.num(1.0 / 3)));
    }

    /** Same non-pin nodes (by name) with the same geometry, and the same nets as pin locations and weights. */
    static void assertSameGeometryAndNets(Netlist a, Placement pa, Netlist b, Placement pb) {
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
