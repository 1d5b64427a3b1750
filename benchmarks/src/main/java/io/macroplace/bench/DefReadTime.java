package io.macroplace.bench;

import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * What reading Circuit Training's Ariane as LEF/DEF costs a command: the first read in a fresh
 * JVM (class loading and JIT included), then warm reads; wall time and the CPU time of the whole
 * process (all threads: JIT and GC too), which a shared machine's load stretches less than wall
 * time. Usage: {@code java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.DefReadTime [warm reads]}.
 */
public final class DefReadTime {
    private DefReadTime() {
    }

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path def = BenchDesigns.file("ct-ariane-lefdef", "ariane.def.gz");
        Path lef = BenchDesigns.file("ct-ariane-lefdef", "ariane.lef");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i <= warm; i++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            DefDesign d = DefReader.read(def, List.of(lef));
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            System.out.printf("%s read: %.3f s wall, %.3f s process CPU (%,d components, %,d nets)%n",
                    i == 0 ? "first" : "warm ", (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, d.components().size(),
                    d.netCount());
        }
    }
}
