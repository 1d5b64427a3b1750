package io.macroplace.bench;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.cluster.ClusterCanvas;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.cluster.ClusterReport;
import io.macroplace.netlist.cluster.Clusterer;
import io.macroplace.netlist.cluster.Clustering;
import io.macroplace.netlist.cluster.MacroKinds;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.PlacerRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Read, cluster and place one flat design, timing each stage (wall clock, and the process's CPU
 * time, which a shared machine stretches less): the flow
 * {@code macroplace place FLAT} runs, through the library. Settings are the defaults the CLI
 * derives for a netlist without a .plc.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.ClusterScale NETLIST METHOD SECONDS
 * </pre>
 */
public final class ClusterScale {
    private ClusterScale() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String method = args.length > 1 ? args[1] : "greedy+sa+cd";
        Duration budget = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 300);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Netlist flat = MacroKinds.harden(CtNetlistReader.read(file));
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        CostSettings settings = CostSettings.resolve(flat, PlcHeader.EMPTY);
        ClusterCanvas canvas = new ClusterCanvas(settings.canvasWidth(), settings.canvasHeight(), settings.columns(),
                settings.rows());
        Clustering c = Clusterer.cluster(flat, Placement.of(flat), canvas, ClusterConfig.defaults());
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        PlacementProblem problem = PlacementProblem.of(c.netlist(), settings, c.placement());
        PlacementResult r = PlacerRegistry.builtIn().parse(method).place(problem, 1, budget, ProgressListener.NONE);
        long t3 = System.nanoTime();
        long c3 = os.getProcessCpuTime();
        ClusterReport cr = c.report();
        int components = flat.count(NodeKind.STDCELL) + flat.count(NodeKind.HARD_MACRO) + flat.count(NodeKind.SOFT_MACRO);
        System.out.printf(Locale.ROOT, "%s: %,d components, %,d nets, %,d net pins; canvas %.1f x %.1f, grid %d x %d%n",
                file, components, flat.netCount(), flat.netPinCount(), settings.canvasWidth(), settings.canvasHeight(),
                settings.columns(), settings.rows());
        System.out.printf(Locale.ROOT, "clustered into %,d soft macros, %,d nets (cut %,d); partition %.1f s of %.1f s%n",
                cr.clusters(), cr.cut().outputNets(), cr.cut().nets(), cr.times().partition(), cr.times().total());
        System.out.printf(Locale.ROOT, "placed by %s: proxy %.4f, legal %s%n", r.method(), r.costs().proxy(), r.legal());
        System.out.printf(Locale.ROOT, "| time | read | cluster | place | total |%n|---|---:|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| wall | %.1f s | %.1f s | %.1f s | %.1f s |%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "| CPU (process) | %.1f s | %.1f s | %.1f s | %.1f s |%n", (c1 - c0) / 1e9,
                (c2 - c1) / 1e9, (c3 - c2) / 1e9, (c3 - c0) / 1e9);
    }
}
