package io.macroplace.netlist.def;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.testing.LefDefFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefWriterTest {
    @TempDir
    Path dir;
    private List<Path> lefs;

    @BeforeEach
    void fixtures() throws IOException {
        LefDefFixtures.copy(dir);
        lefs = LefDefFixtures.lefs(dir);
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.ISO_8859_1);
    }

    /** Pairs of (line index, new text) where b differs from a (same number of lines). */
    private static List<String> changed(Path a, Path b) throws IOException {
        List<String> la = lines(a);
        List<String> lb = lines(b);
        assertEquals(la.size(), lb.size(), "line count");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < la.size(); i++) {
            if (!la.get(i).equals(lb.get(i))) {
                out.add(lb.get(i));
            }
        }
        return out;
    }

    /** A placement with one node moved (centre in microns from the die corner) and turned. */
    private static Placement moved(Placement p, Netlist n, String name, double x, double y, Orientation o) {
        int id = n.find(name).orElseThrow();
        double[] xs = p.xs();
        double[] ys = p.ys();
        byte[] os = p.orientations();
        xs[id] = x;
        ys[id] = y;
        os[id] = (byte) o.ordinal();
        return new Placement(xs, ys, os, p.fixedFlags());
    }

    @Test
    void withNothingMovedAndMacrosPlacedTheFileIsUnchangedByteForByte() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("small.def"), lefs);
        Path out = dir.resolve("out.def");
        DefWriter.Result r = DefWriter.write(out, d, d.netlist(), d.placement(),
                new DefWriter.Options(DefWriter.MacroStatus.PLACED, false));
        assertArrayEquals(Files.readAllBytes(dir.resolve("small.def")), Files.readAllBytes(out));
        assertEquals(new DefWriter.Result(8, 0, 0, 0, 0), r);
    }

    @Test
    void byDefaultPlacedMacrosBecomeFixedAndNothingElseChanges() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("small.def"), lefs);
        Path out = dir.resolve("out.def");
        DefWriter.write(out, d, d.netlist(), d.placement(), DefWriter.Options.defaults());
        List<String> diff = changed(dir.resolve("small.def"), out);
        assertEquals(List.of("- ram_n RAM + FIXED ( 20000 10000 ) N ;", "- ram_s RAM + FIXED ( 50000 10000 ) S ;",
                "- ram_e RAM + FIXED ( 80000 10000 ) E ;", "- ram_w RAM + FIXED ( 100000 10000 ) W ;",
                "- ram_fn RAM + FIXED ( 20000 50000 ) FN ;", "- ram_fs RAM + FIXED ( 50000 50000 ) FS ;",
                "- ram_fe RAM + FIXED ( 80000 50000 ) FE ;"), diff); // ram_fw was FIXED already
        // and it reads back to the same design
        DefDesign back = DefReader.read(out, lefs);
        assertEquals(d.placement().xs().length, back.placement().xs().length);
        assertArrayEquals(d.placement().xs(), back.placement().xs());
        assertArrayEquals(d.placement().ys(), back.placement().ys());
        assertArrayEquals(d.placement().orientations(), back.placement().orientations());
        assertArrayEquals(d.netlist().netPinNodes(), back.netlist().netPinNodes());
    }

    @Test
    void aMovedMacroIsWrittenAtItsLowerLeftOnTheSiteGridAndReadsBackThere() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("small.def"), lefs);
        Netlist n = d.netlist();
        for (Orientation o : Orientation.values()) {
            // centre at (30.03, 81.37) from the die corner: lower left off the site grid
            Placement p = moved(d.placement(), n, "ram_n", 30.03, 81.37, o);
            Path out = dir.resolve("out-" + o + ".def");
            DefWriter.Result r = DefWriter.write(out, d, n, p, DefWriter.Options.defaults());
            assertEquals(1, r.moved());
            assertEquals(0, r.offGrid());
            double w = o.swapsSides() ? 10000 : 20000;
            double h = o.swapsSides() ? 20000 : 10000;
            long x = snap(30030 - w / 2 + 10000, 10000, 200);
            long y = snap(81370 - h / 2 + 5000, 5000, 2000);
            List<String> diff = changed(dir.resolve("small.def"), out);
            assertTrue(diff.contains("- ram_n RAM + FIXED ( " + x + " " + y + " ) " + o + " ;"), diff.toString());
            assertEquals(7, diff.size()); // ram_n, and the six other PLACED macros now FIXED
            DefDesign back = DefReader.read(out, lefs);
            int id = back.netlist().find("ram_n").orElseThrow();
            assertEquals((x - 10000 + w / 2) / 1000, back.placement().x(id), 1e-9);
            assertEquals((y - 5000 + h / 2) / 1000, back.placement().y(id), 1e-9);
            assertEquals(o, back.placement().orientation(id));
        }
    }

    private static long snap(double v, double origin, double step) {
        return Math.round(origin + Math.rint((v - origin) / step) * step);
    }

    @Test
    void snappingNeverPushesAMacroIntoAnother() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("macros.def"), lefs);
        Netlist n = d.netlist();
        // top/ram[0] right above the fixed ROM (x 150..162.3, y 9.8..16.9): lower left (150, 16.9); the
        // nearest row boundary, 16.0, would overlap the ROM, so it goes up to 18.0
        Placement p = moved(d.placement(), n, "top/ram\\[0\\]", 160, 21.9, Orientation.N);
        Path out = dir.resolve("out.def");
        DefWriter.write(out, d, n, p, new DefWriter.Options(DefWriter.MacroStatus.PLACED, false));
        assertTrue(changed(dir.resolve("macros.def"), out).contains("- top/ram\\[0\\] RAM + PLACED ( 150000 18000 ) N ;"));
    }

    @Test
    void aMacroWithoutLocationGetsOneAndUnplaceStdCellsUnplacesOnlyPlacedCells() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("macros.def"), lefs);
        Netlist n = d.netlist();
        Placement p = moved(d.placement(), n, "top/ram\\[5\\]", 100, 60, Orientation.S);
        Path out = dir.resolve("out.def");
        DefWriter.write(out, d, n, p, new DefWriter.Options(DefWriter.MacroStatus.PLACED, true));
        List<String> diff = changed(dir.resolve("macros.def"), out);
        assertEquals(List.of("- top/ram\\[5\\] RAM + PLACED ( 90000 54000 ) S ;"), diff);

        DefDesign small = DefReader.read(dir.resolve("small.def"), lefs);
        Path out2 = dir.resolve("out2.def");
        DefWriter.Result r = DefWriter.write(out2, small, small.netlist(), small.placement(),
                new DefWriter.Options(DefWriter.MacroStatus.PLACED, true));
        assertEquals(2, r.unplacedCells());
        assertEquals(List.of("- u1/inv\\[0\\] INV + SOURCE NETLIST + UNPLACED + WEIGHT 5 ;", "    + UNPLACED ;"),
                changed(dir.resolve("small.def"), out2)); // tap1 FIXED and pad1 COVER stay
    }

    @Test
    void gzippedInAndOut() throws IOException {
        Path gz = dir.resolve("small.def.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(dir.resolve("small.def")));
        }
        DefDesign d = DefReader.read(gz, lefs);
        Path out = dir.resolve("out.def.gz");
        DefWriter.write(out, d, d.netlist(), d.placement(), new DefWriter.Options(DefWriter.MacroStatus.PLACED, false));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("small.def")), in.readAllBytes());
        }
    }

    @Test
    void aFileChangedSinceReadingIsNotWrittenOver() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("small.def"), lefs);
        Files.writeString(dir.resolve("small.def"), "# edited\n" + LefDefFixtures.text("small.def"));
        Path out = dir.resolve("out.def");
        FormatException e = assertThrows(FormatException.class,
                () -> DefWriter.write(out, d, d.netlist(), d.placement(), DefWriter.Options.defaults()));
        assertTrue(e.getMessage().contains("the file changed since it was read"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPlacedDesignWithoutTheMacroIsRefused() throws IOException {
        DefDesign d = DefReader.read(dir.resolve("small.def"), lefs);
        DefDesign other = DefReader.read(dir.resolve("macros.def"), lefs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DefWriter.write(
                dir.resolve("x.def"), d, other.netlist(), other.placement(), DefWriter.Options.defaults()));
        assertTrue(e.getMessage().startsWith("the placed design has no hard macro named ram_n"), e.getMessage());
    }
}
