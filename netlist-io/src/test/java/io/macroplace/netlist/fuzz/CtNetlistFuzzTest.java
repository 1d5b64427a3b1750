package io.macroplace.netlist.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.ct.NetlistComparison;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;


/**
 * Circuit Training netlists ({@code .pb.txt}, plain or gzipped) from arbitrary bytes: the reader
 * either fails with a well-formed {@link FormatException} or returns a netlist that writes and
 * reads back unchanged (so nothing it accepts is half-understood).
 */
class CtNetlistFuzzTest {

    @FuzzTest
    @Timeout(10) // per input: no input may take 10 s
    void readsOrRejects(byte[] data) throws IOException {
        Path f = FuzzFiles.write("netlist.pb.txt", data);
        Netlist n;
        try {
            n = CtNetlistReader.read(f);
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f);
            return;
        }
        Placement p = Placement.of(n);
        try {
            CtNetlistWriter.check(n, p);
        } catch (FormatException | IllegalArgumentException e) {
            return; // a netlist the CT format cannot hold as read (documented in check)
        }
        StringWriter text = new StringWriter();
        CtNetlistWriter.write(n, p, text);
        NetlistComparison.assertSameNetlist(n, CtNetlistReader.read(new StringReader(text.toString()), f.toString()));
    }
}
