package io.macroplace.netlist.def;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.lef.LefDefFiles;
import io.macroplace.netlist.testing.SharedDesigns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Circuit Training's Ariane as LEF/DEF (../shared/designs/ct-ariane-lefdef). */
class DefSharedDesignTest {
    @TempDir
    Path dir;

    @Test
    void arianeReadsWithTheCountsOfItsDefAndRoundTripsUnchanged() throws IOException {
        Path def = SharedDesigns.file("ct-ariane-lefdef", "ariane.def.gz");
        Path lef = SharedDesigns.file("ct-ariane-lefdef", "ariane.lef");
        DefDesign d = DefReader.read(def, List.of(lef));
        assertEquals(82_954, d.components().size());
        assertEquals(133, d.hardMacroCount());
        assertEquals(1_231, d.pinCount());
        assertEquals(85_193, d.netCount());
        assertEquals(85_193, d.signalNets());
        assertEquals(356.592, d.dieWidth(), 1e-9);
        assertEquals(356.64, d.dieHeight(), 1e-9);
        Netlist n = d.netlist();
        assertEquals(133, n.count(NodeKind.HARD_MACRO));
        assertEquals(82_821, n.count(NodeKind.STDCELL));
        assertEquals(1_231, n.count(NodeKind.PORT));
        // 320,820 connections; 8 nets list a cell twice (two of its pins), which count once
        assertEquals(320_812, n.netPinCount());
        assertEquals(24, d.header().columns().getAsInt());
        assertEquals(35, d.header().rows().getAsInt());

        // nothing moved, macros written as they were (PLACED): the very same bytes
        Path same = dir.resolve("same.def");
        DefWriter.write(same, d, n, d.placement(), new DefWriter.Options(DefWriter.MacroStatus.PLACED, false));
        byte[] original;
        try (InputStream in = LefDefFiles.open(def, def.toString())) {
            original = in.readAllBytes();
        }
        assertArrayEquals(original, Files.readAllBytes(same));

        // by default the 133 macros become FIXED; only their lines change, and it reads back the same
        Path fixed = dir.resolve("fixed.def");
        DefWriter.Result r = DefWriter.write(fixed, d, n, d.placement(), DefWriter.Options.defaults());
        assertEquals(new DefWriter.Result(133, 0, 0, 133, 0), r);
        List<String> a = List.of(new String(original, StandardCharsets.ISO_8859_1).split("\n", -1));
        List<String> b = Files.readAllLines(fixed, StandardCharsets.ISO_8859_1);
        int changed = 0;
        for (int i = 0; i < b.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed++;
                assertEquals(a.get(i).replace("+ PLACED", "+ FIXED"), b.get(i));
                assertTrue(b.get(i).contains(" sacrls0g4l1p256x16m2b1w0c0p1d0l1rm3sdrw00 "), b.get(i));
            }
        }
        assertEquals(133, changed);
        DefDesign back = DefReader.read(fixed, List.of(lef));
        assertArrayEquals(d.placement().xs(), back.placement().xs());
        assertArrayEquals(d.placement().ys(), back.placement().ys());
        assertArrayEquals(n.netPinNodes(), back.netlist().netPinNodes());
        assertArrayEquals(n.netStarts(), back.netlist().netStarts());
        assertEquals(133, back.fixedCount());
    }
}
