package io.macroplace.netlist.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.netlist.plc.PlcWriter;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;


/**
 * {@code .plc} placements from arbitrary bytes, against a small generated netlist (2 hard and 2
 * soft macros, 3 ports): each read either fails with a well-formed {@link FormatException} or
 * gives a placement that writes and reads back unchanged. The two coverage rules and the
 * header-only reader must agree with each other.
 */
class PlcFuzzTest {
    private static final Netlist NETLIST = netlist();

    private static Netlist netlist() {
        try (Reader r = new InputStreamReader(PlcFuzzTest.class.getResourceAsStream("plc-netlist.pb.txt"),
                StandardCharsets.UTF_8)) {
            return CtNetlistReader.read(r, "plc-netlist.pb.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    @Timeout(10) // per input: no input may take 10 s
    void readsOrRejects(byte[] data) throws IOException {
        Path f = FuzzFiles.write("placement.plc", data);
        PlcHeader header = readHeader(f);
        PlcFile partial = read(f, PlcReader.Coverage.PARTIAL);
        PlcFile complete = read(f, PlcReader.Coverage.COMPLETE);
        if (partial == null) {
            assertEquals(null, complete, "COMPLETE accepted what PARTIAL rejected");
            return;
        }
        assertEquals(partial.header(), header, "readHeader and read disagree");
        if (complete == null) {
            return;
        }
        assertSamePlacement(partial.placement(), complete.placement());
        StringWriter text = new StringWriter();
        PlcWriter.write(text, NETLIST, complete);
        Path again = FuzzFiles.write("rewritten.plc", text.toString().getBytes(StandardCharsets.UTF_8));
        PlcFile reread = PlcReader.read(again, NETLIST);
        assertSettings(complete.header(), reread.header());
        assertSamePlacement(complete.placement(), reread.placement());
    }

    private static PlcHeader readHeader(Path f) throws IOException {
        try {
            return PlcReader.readHeader(f);
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f);
            return null;
        }
    }

    private static PlcFile read(Path f, PlcReader.Coverage coverage) throws IOException {
        try {
            return PlcReader.read(f, NETLIST, coverage);
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f);
            return null;
        }
    }

    /** What the cost depends on; informational lines (costs, block name) may be written differently. */
    private static void assertSettings(PlcHeader expected, PlcHeader actual) {
        assertEquals(expected.columns(), actual.columns(), "columns");
        assertEquals(expected.rows(), actual.rows(), "rows");
        assertEquals(expected.width(), actual.width(), "width");
        assertEquals(expected.height(), actual.height(), "height");
        assertEquals(expected.routesPerMicronH(), actual.routesPerMicronH(), "routes h");
        assertEquals(expected.routesPerMicronV(), actual.routesPerMicronV(), "routes v");
        assertEquals(expected.macroRoutesH(), actual.macroRoutesH(), "macro routes h");
        assertEquals(expected.macroRoutesV(), actual.macroRoutesV(), "macro routes v");
        assertEquals(expected.smoothing(), actual.smoothing(), "smoothing");
        assertEquals(expected.overlapThreshold(), actual.overlapThreshold(), "overlap");
        assertEquals(expected.weights(), actual.weights(), "weights");
        assertEquals(expected.pinMode(), actual.pinMode(), "pin mode");
        assertEquals(expected.blockages(), actual.blockages(), "blockages");
    }

    private static void assertSamePlacement(Placement expected, Placement actual) {
        assertArrayEquals(expected.xs(), actual.xs(), "x");
        assertArrayEquals(expected.ys(), actual.ys(), "y");
        assertArrayEquals(expected.orientations(), actual.orientations(), "orientations");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.fixed(i), actual.fixed(i), "fixed " + i);
        }
    }
}
