package io.macroplace.bench;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.ct.CtNetlistReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading a CT netlist (gzipped protobuf text) into an immutable Netlist. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param({"ariane133-ng45", "ariane133-ng45-flat"})
    public String design;

    private Path file;

    @Setup
    public void setUp() {
        file = BenchDesigns.file(design, "netlist.pb.txt.gz");
    }

    @Benchmark
    public Netlist read() throws IOException {
        return CtNetlistReader.read(file);
    }
}
