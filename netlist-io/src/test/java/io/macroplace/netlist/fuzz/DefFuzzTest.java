package io.macroplace.netlist.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefReader;
import io.macroplace.netlist.def.DefWriter;
import io.macroplace.netlist.lef.LefLibrary;
import io.macroplace.netlist.lef.LefReader;
import io.macroplace.netlist.testing.LefDefFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;

/**
 * DEF designs (plain or gzipped) from arbitrary bytes, read with the LEF test library (tech,
 * cells and a RAM macro): the reader either fails with a well-formed {@link FormatException} or
 * gives a design that {@link DefWriter} writes back and the reader reads again to the same nodes
 * and nets.
 */
class DefFuzzTest {
    private static final LefLibrary LEF = library();

    private static LefLibrary library() {
        try {
            Path dir = Files.createDirectories(FuzzFiles.dir().resolve("lef"));
            LefDefFixtures.copy(dir);
            return LefReader.read(LefDefFixtures.lefs(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    @Timeout(10) // per input: no input may take 10 s
    void readsOrRejects(byte[] data) throws IOException {
        Path f = FuzzFiles.write("design.def", data);
        DefDesign d;
        try {
            d = DefReader.read(f, LEF);
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f);
            return;
        }
        Path again = FuzzFiles.dir().resolve("rewritten.def");
        try {
            DefWriter.write(again, d, d.netlist(), d.placement(), DefWriter.Options.defaults());
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f, again);
            return;
        }
        DefDesign e = DefReader.read(again, LEF);
        assertEquals(d.netlist().nodeCount(), e.netlist().nodeCount(), "nodes");
        assertEquals(d.netlist().netCount(), e.netlist().netCount(), "nets");
        assertEquals(d.components().size(), e.components().size(), "components");
    }
}
