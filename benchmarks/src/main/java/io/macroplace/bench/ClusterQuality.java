package io.macroplace.bench;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.cluster.ClusterCanvas;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.cluster.ClusterReport;
import io.macroplace.netlist.cluster.Clusterer;
import io.macroplace.netlist.cluster.Clustering;
import io.macroplace.netlist.cluster.MacroKinds;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clustering's quality on a common yardstick (issue 11): the flat ariane133 is clustered by
 * macroplace and placed; its hard-macro positions are then put into the reference clustered
 * netlist (Circuit Training's grouping with hMETIS), whose soft macros are re-placed by the
 * force-directed pass from the reference placement's positions, and scored. The same method, seed
 * and budget place the reference netlist directly, and its hard macros are scored the same way.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.ClusterQuality DESIGNS METHOD SA_MOVES SEEDS
 * </pre>
 *
 * DESIGNS is the shared designs folder; METHOD a pipeline such as greedy+sa+cd; SA_MOVES the
 * annealer's move count (so that a run repeats whatever the machine's load); SEEDS how many seeds.
 */
public final class ClusterQuality {
    private ClusterQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path designs = Path.of(args.length > 0 ? args[0] : "../shared/designs");
        String method = args.length > 1 ? args[1] : "greedy+sa+cd";
        long saMoves = args.length > 2 ? Long.parseLong(args[2]) : 2_000_000L;
        int seeds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Duration budget = Duration.ofMinutes(30); // the move count, not the clock, ends SA

        Netlist reference = CtNetlistReader.read(designs.resolve("ariane133-ng45/netlist.pb.txt.gz"));
        PlcFile referencePlc = PlcReader.read(designs.resolve("ariane133-ng45/legalized.plc"), reference);
        CostSettings settings = CostSettings.resolve(reference, referencePlc.header());
        PlacementProblem referenceProblem = PlacementProblem.of(reference, settings, referencePlc.placement());

        long t0 = System.nanoTime();
        Netlist flat = MacroKinds.harden(CtNetlistReader.read(designs.resolve("ariane133-ng45-flat/netlist.pb.txt.gz")));
        long t1 = System.nanoTime();
        ClusterCanvas canvas = new ClusterCanvas(settings.canvasWidth(), settings.canvasHeight(), settings.columns(),
                settings.rows());
        Clustering clustering = Clusterer.cluster(flat, Placement.of(flat), canvas, ClusterConfig.defaults());
        long t2 = System.nanoTime();
        ClusterReport r = clustering.report();
        System.out.printf(Locale.ROOT, "read flat %.1f s, clustered in %.1f s: %d soft macros, %d cut nets, %d nets%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.clusters(), r.cut().nets(), r.cut().outputNets());
        PlacementProblem ours = PlacementProblem.of(clustering.netlist(), settings, clustering.placement());
        System.out.printf(Locale.ROOT, "start placements: reference %s, ours %s%n",
                fmt(referenceProblem.evaluator().evaluate(referencePlc.placement())),
                fmt(ours.evaluator().evaluate(clustering.placement())));

        System.out.println();
        System.out.println("| seed | reference placed | scored on reference | ours placed (own netlist) | scored on reference | ratio |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        List<double[]> rows = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            PlacementResult direct = placer(method, saMoves).place(referenceProblem, seed, budget, ProgressListener.NONE);
            PlacementResult viaClusters = placer(method, saMoves).place(ours, seed, budget, ProgressListener.NONE);
            double refScore = scoreOnReference(referenceProblem, direct.placement(), reference);
            double ourScore = scoreOnReference(referenceProblem, viaClusters.placement(), clustering.netlist());
            rows.add(new double[] {refScore, ourScore});
            System.out.printf(Locale.ROOT, "| %d | %.4f | %.4f | %.4f | %.4f | %.4f |%n", seed, direct.costs().proxy(),
                    refScore, viaClusters.costs().proxy(), ourScore, ourScore / refScore);
        }
        double refMean = rows.stream().mapToDouble(x -> x[0]).average().orElse(0);
        double ourMean = rows.stream().mapToDouble(x -> x[1]).average().orElse(0);
        System.out.printf(Locale.ROOT, "| mean | | %.4f | | %.4f | %.4f |%n", refMean, ourMean, ourMean / refMean);
    }

    private static Placer placer(String method, long saMoves) {
        return PlacerRegistry.builtIn().parse(method,
                MethodOptions.defaults().withSaMoves(saMoves > 0 ? saMoves : null));
    }

    /**
     * The reference placement with the hard macros (matched by name) of {@code placement} over
     * {@code netlist}, soft macros re-placed by the force-directed pass from their reference
     * positions; its proxy cost on the reference netlist.
     */
    static double scoreOnReference(PlacementProblem referenceProblem, Placement placement, Netlist netlist) {
        Netlist ref = referenceProblem.netlist();
        Placement start = referenceProblem.initial();
        double[] x = start.xs();
        double[] y = start.ys();
        byte[] o = start.orientations();
        for (int m : ref.nodesOf(NodeKind.HARD_MACRO)) {
            int other = netlist.find(ref.name(m)).orElseThrow();
            x[m] = placement.x(other);
            y[m] = placement.y(other);
            o[m] = (byte) placement.orientation(other).ordinal();
        }
        PlacementProblem withMacros = referenceProblem.withInitial(new Placement(x, y, o, start.fixedFlags()));
        double[][] c = withMacros.initialCentres();
        PlacerSupport.placeSoftMacros(withMacros, c[0], c[1]);
        Placement scored = PlacerSupport.write(withMacros, c[0], c[1]);
        if (!Legality.check(ref, scored, referenceProblem.canvas()).legal()) {
            throw new IllegalStateException("hard macros are not legal on the reference canvas");
        }
        return referenceProblem.evaluator().evaluate(scored).proxy();
    }

    private static String fmt(Costs c) {
        return String.format(Locale.ROOT, "proxy %.4f (wl %.4f den %.4f cong %.4f)", c.proxy(), c.wirelength(),
                c.density(), c.congestion());
    }
}
