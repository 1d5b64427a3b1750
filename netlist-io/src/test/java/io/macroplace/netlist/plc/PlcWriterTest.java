package io.macroplace.netlist.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlcWriterTest {

    @Test
    void everyShippedPlcRoundTrips(@TempDir Path dir) throws IOException {
        for (SharedDesigns.CtDesign d : SharedDesigns.CT_DESIGNS) {
            Path plc = SharedDesigns.plc(d);
            if (plc == null) {
                continue;
            }
            Netlist n = CtNetlistReader.read(SharedDesigns.netlist(d));
            PlcFile first = PlcReader.read(plc, n);
            Path out = dir.resolve(d.name() + ".plc");
            PlcWriter.write(out, n, first);
            PlcFile second = PlcReader.read(out, n);
            assertEquals(first.header(), second.header(), plc.toString());
            assertEquals(first.placement(), second.placement(), plc.toString());
        }
    }

    @Test
    void legalizedPlcKeepsCtLayout(@TempDir Path dir) throws IOException {
        Netlist n = PlcReaderDesignsTest.netlist("ariane133-ng45");
        PlcFile f = PlcReader.read(SharedDesigns.file("ariane133-ng45", "legalized.plc"), n);
        Path out = dir.resolve("out.plc");
        PlcWriter.write(out, n, f);
        String text = Files.readString(out);
        assertTrue(text.contains("# Columns : 24  Rows : 21\n"), text);
        assertTrue(text.contains("# Width : 1433.406  Height : 1433.406\n"));
        assertTrue(text.contains("# Routes per micron, hor : 57.031  ver : 56.818\n"));
        assertTrue(text.contains("# Routes used by macros, hor : 39.583  ver : 30.303\n"));
        assertTrue(text.contains("# Wirelength : 4763106.815\n"));
        assertTrue(text.contains("# HARD_MACROs     :       133\n"));
        assertTrue(text.contains("# SOFT_MACRO_PINs :     10630\n"));
        assertTrue(text.contains("\n0 0.035 350.07 - 1\n"), "ports have '-' orientation");
        assertTrue(text.endsWith("\n19882 268.764 1126.25 N 0\n"));
        long body = text.lines().filter(l -> !l.startsWith("#")).count();
        assertEquals(1410, body);
    }

    @Test
    void everySettingAndArbitraryDoublesReadBackBitIdentical(@TempDir Path dir) throws IOException {
        Netlist n = PlcReaderDesignsTest.netlist("ct-toy_macro_stdcell");
        Map<String, String> costs = new LinkedHashMap<>();
        costs.put("Area", "1234.5");
        costs.put("Wirelength", "17.25");
        costs.put("Wirelength cost", "0.0736");
        costs.put("Congestion cost", "0.7259");
        costs.put("Density cost", "0.4988");
        costs.put("Proxy cost", "0.6859346216785913");
        PlcHeader h = PlcHeader.EMPTY.withGrid(20, 10).withCanvas(200.1, 100.0000000001).withRoutes(57.031, 56.818)
                .withMacroRoutes(39.583, 30.303).withSmoothing(2).withOverlapThreshold(0.004).withBlock("toy block")
                .withBlockages(List.of(new Blockage(0, 0, 10.5, 10, 1), new Blockage(0.1, 0.2, 0.30000000000000004, 5, 0.5)))
                .withWeights(1, 0.25, 0.1).withPinMode("oriented").withCosts(costs);
        Random rnd = new Random(7);
        double[] x = Placement.of(n).xs();
        double[] y = Placement.of(n).ys();
        byte[] o = Placement.of(n).orientations();
        boolean[] fixed = new boolean[n.nodeCount()];
        for (int i = 0; i < n.nodeCount(); i++) {
            if (n.kind(i).isPlaceable()) {
                x[i] = rnd.nextDouble() * 200;
                y[i] = i % 3 == 0 ? -0.0 : rnd.nextDouble() * 1e-9;
                fixed[i] = rnd.nextBoolean();
                if (n.kind(i).isMacro()) {
                    o[i] = (byte) Orientation.values()[rnd.nextInt(8)].ordinal();
                }
            }
        }
        PlcFile f = new PlcFile(h, new Placement(x, y, o, fixed));
        Path out = dir.resolve("all.plc");
        PlcWriter.write(out, n, f);
        PlcFile back = PlcReader.read(out, n);
        assertEquals(h, back.header());
        assertEquals(new PlcHeader.Weights(1, 0.25, 0.1), back.header().weights());
        assertEquals("oriented", back.header().pinMode());
        assertEquals(f.placement(), back.placement());
        assertEquals(h, PlcReader.readHeader(out));
        String text = Files.readString(out);
        assertTrue(text.contains("\n# Cost weights, wirelength : 1  density : 0.25  congestion : 0.1\n# Pin mode : oriented\n"),
                text);
    }

    @Test
    void refusesUnplacedNodes() throws IOException {
        Netlist n = PlcReaderDesignsTest.netlist("ct-sample_clustered"); // M0, M1 have no netlist position
        PlcFile f = new PlcFile(PlcHeader.EMPTY, Placement.of(n));
        assertEquals(NodeKind.HARD_MACRO, n.kind(n.find("M0").getAsInt()));
        assertThrows(IllegalArgumentException.class, () -> PlcWriter.write(new java.io.StringWriter(), n, f));
    }
}
