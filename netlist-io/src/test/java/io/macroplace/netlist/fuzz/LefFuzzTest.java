package io.macroplace.netlist.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.lef.LefReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Timeout;

/** LEF libraries from arbitrary bytes: read, or fail with a well-formed {@link FormatException}. */
class LefFuzzTest {

    @FuzzTest
    @Timeout(10) // per input: no input may take 10 s
    void readsOrRejects(byte[] data) throws IOException {
        Path f = FuzzFiles.write("library.lef", data);
        try {
            LefReader.read(List.of(f));
        } catch (FormatException e) {
            FuzzFiles.assertWellFormed(e, f);
        }
    }
}
