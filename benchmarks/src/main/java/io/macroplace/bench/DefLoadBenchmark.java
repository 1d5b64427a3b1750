package io.macroplace.bench;

import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading Circuit Training's Ariane as LEF/DEF (ct-ariane-lefdef: 82,954 components, 85,193 nets,
 * gzipped) into the netlist, placement and settings: LEF, DEF, model building and gridding. Run it
 * as single shots in fresh JVMs ({@code -bm ss -f 5 -wi 0 -i 1}) for what a command pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DefLoadBenchmark {
    private Path def;
    private Path lef;

    @Setup
    public void setUp() {
        def = BenchDesigns.file("ct-ariane-lefdef", "ariane.def.gz");
        lef = BenchDesigns.file("ct-ariane-lefdef", "ariane.lef");
    }

    @Benchmark
    public DefDesign read() throws IOException {
        return DefReader.read(def, List.of(lef));
    }
}
