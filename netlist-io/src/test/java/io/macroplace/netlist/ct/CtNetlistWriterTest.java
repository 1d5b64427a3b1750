package io.macroplace.netlist.ct;

import static io.macroplace.netlist.ct.NetlistComparison.assertSameNetlist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtNetlistWriterTest {

    @Test
    void everyDesignRoundTripsExactly(@TempDir Path dir) throws IOException {
        for (SharedDesigns.CtDesign d : SharedDesigns.CT_DESIGNS) {
            Path in = SharedDesigns.netlist(d);
            Netlist original = CtNetlistReader.read(in);
            // gzip the small ones (exercises that path); the 62 MB flat design is faster plain
            String ext = Files.size(in) > 1_000_000 ? ".pb.txt" : ".pb.txt.gz";
            Path out = dir.resolve(d.name() + ext);
            CtNetlistWriter.write(original, Placement.of(original), out);
            assertSameNetlist(original, CtNetlistReader.read(out));
        }
    }

    @Test
    void clusteredArianeIsWrittenByteForByteAsCircuitTrainingWroteIt() throws IOException {
        Path file = SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz");
        String original;
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            original = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Netlist n = CtNetlistReader.read(file);
        java.io.StringWriter w = new java.io.StringWriter();
        CtNetlistWriter.write(n, Placement.of(n), w);
        assertEquals(original, w.toString());
    }

    @Test
    void gzipOnlyWhenTheNameSaysSo(@TempDir Path dir) throws IOException {
        Netlist n = CtNetlistReaderSyntaxTest.parse(
                "node { name: \"p\" attr { key: \"type\" value { placeholder: \"PORT\" } } }");
        Path gz = dir.resolve("a.pb.txt.gz");
        Path plain = dir.resolve("a.pb.txt");
        CtNetlistWriter.write(n, Placement.of(n), gz);
        CtNetlistWriter.write(n, Placement.of(n), plain);
        try (InputStream in = Files.newInputStream(gz)) {
            assertEquals(0x1f, in.read());
            assertEquals(0x8b, in.read());
        }
        assertTrue(Files.readString(plain).startsWith("node {\n  name: \"p\"\n"));
    }

    @Test
    void placedDesignIsSavedWithItsNewCoordinates(@TempDir Path dir) throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ct-toy_macro_stdcell", "netlist.pb.txt"));
        int ml = n.find("ML").getAsInt();
        int mr = n.find("MR").getAsInt();
        int pin = n.find("ML/Pin").getAsInt(); // offset (-15, 0)
        int mrPin = n.find("MR/Pin").getAsInt();
        double[] x = Placement.of(n).xs();
        double[] y = Placement.of(n).ys();
        byte[] o = Placement.of(n).orientations();
        x[ml] = 70.25;
        y[ml] = 30.5;
        o[ml] = (byte) Orientation.S.ordinal();
        Placement placed = new Placement(x, y, o, new boolean[n.nodeCount()]);
        Path out = dir.resolve("placed.pb.txt");
        CtNetlistWriter.write(n, placed, out);

        Netlist back = CtNetlistReader.read(out);
        assertEquals(70.25, back.x(ml));
        assertEquals(30.5, back.y(ml));
        assertEquals(Orientation.S, back.orientation(ml));
        assertEquals(70.25 + 15, back.x(pin), "offset -15 turned by S is +15");
        assertEquals(30.5, back.y(pin));
        assertEquals(-15.0, back.pinOffsetX(pin), "offsets stay given for N");
        assertEquals(n.x(mr), back.x(mr));
        assertEquals(Double.doubleToLongBits(n.x(mrPin)), Double.doubleToLongBits(back.x(mrPin)),
                "an unmoved macro's pins are written as read");
    }

    @Test
    void everyKindAndAttributeSurvives(@TempDir Path dir) throws IOException {
        NetlistBuilder b = new NetlistBuilder("built");
        b.putMetadata("soft_macro_area_bloating_ratio", "2.0");
        b.putMetadata("comment", "said \"hi\"\\ there");
        int p = b.addPort("in[0]", 0.1 + 0.2, 1e-7, PortSide.BOTTOM, 1);
        b.setWeight(p, 2);
        int m = b.addMacro("u_sram/\"q\"", true, 12.345678901234567, 7, 100, 200, Orientation.FW, 2);
        b.setRefName(m, "fakeram45_64x32");
        int g = b.addMacro("Grp_1", false, 3, 4, Double.NaN, Double.NaN, Orientation.N, 3);
        int pm = b.addPin("u_sram/\"q\"/A\u00e9", "u_sram/\"q\"", -1.5, 2.25, 98.5, 202.25, 1, 4);
        int pg = b.addPin("Grp_1/P", "Grp_1", 0, 0, Double.NaN, Double.NaN, 17, 5);
        int c = b.addStdCell("c\tx", 0.19, 1.4, -0.0, 5, 3, "INV_X1", 6);
        b.addInput(p, "u_sram/\"q\"/A\u00e9", 1);
        b.addInput(pg, "c\tx", 5);
        b.addInput(pg, "in[0]", 5);
        b.addInput(c, "Grp_1/P", 6);
        Netlist n = b.build();
        assertEquals(NodeKind.SOFT_MACRO_PIN, n.kind(pg));
        Path out = dir.resolve("all.pb.txt");
        CtNetlistWriter.write(n, Placement.of(n), out);
        Netlist back = CtNetlistReader.read(out);
        assertSameNetlist(n, back);
        assertEquals(g, back.find("Grp_1").getAsInt());
        assertEquals(pm, back.find("u_sram/\"q\"/A\u00e9").getAsInt());
    }

    @Test
    void refusesAHardMacroThatWouldReadBackSoft() throws IOException {
        NetlistBuilder b = new NetlistBuilder("built");
        b.addMacro("Grp_9", true, 1, 1, 0, 0, Orientation.N, 1);
        Netlist n = b.build();
        FormatException e = assertThrows(FormatException.class,
                () -> CtNetlistWriter.write(n, Placement.of(n), new java.io.StringWriter()));
        assertEquals("built:1: hard macro \"Grp_9\" cannot be written as Circuit Training: CT reads names starting "
                + "with Grp_ as soft macros", e.getMessage());
    }
}
