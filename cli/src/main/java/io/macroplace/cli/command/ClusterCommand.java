package io.macroplace.cli.command;

import io.macroplace.cli.ClusterJson;
import io.macroplace.cli.CostOptions;
import io.macroplace.cli.FlatDesigns;
import io.macroplace.cli.Json;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.PlcOutput;
import io.macroplace.cli.SettingsJson;
import io.macroplace.cli.UserException;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.cluster.ClusterReport;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.plc.PlcWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Group the standard cells of a flat netlist into soft macros.",
            "",
            "Circuit Training's grouping, with a partitioner of macroplace's own in place of",
            "hMETIS: cells tied to the same hard-macro pins or to nearby ports seed groups; the",
            "rest is split into about N clusters of balanced area by multilevel recursive",
            "bisection (first-choice coarsening, FM refinement) and k-way refinement; when the",
            "input is placed, clusters spanning more than a quarter of the canvas are split by",
            "location and small ones merged into close, connected neighbours. A soft macro is one",
            "grid column wide, its area its cells' area / --utilization, its pins its external",
            "connections (parallel nets merged, weights summed). Hard macros, ports and fixed",
            "cells are kept with their names. 'place', 'compare' and 'train' do this by",
            "themselves (with the defaults) when a design has standard cells.",
            "",
            "Writes OUT/netlist.pb.txt.gz and OUT/initial.plc (settings in its header; soft",
            "macros at their cells' centres) and prints the cut and the cluster sizes."
        },
        footer = {"", "Examples:",
            "  macroplace cluster ../shared/designs/ariane133-ng45-flat/netlist.pb.txt.gz \\",
            "      --out out/ariane",
            "  macroplace cluster flat.pb.txt.gz --width 1433.406 --height 1433.406 \\",
            "      --cols 24 --rows 21 --clusters 500 --seed 2 --json --out out/clustered",
            "  macroplace cluster ariane.def.gz --lef ariane.lef --out out/ariane-def"})
public final class ClusterCommand implements Callable<Integer> {
    private static final ClusterConfig DEFAULTS = ClusterConfig.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETLIST",
            description = "flat design with standard cells: CT netlist (.pb.txt[.gz]) or DEF (.def[.gz], with --lef)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "P", description = "placement and settings (.plc); default: the netlist's own coordinates")
    Path plcPath;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("out", "cluster");

    @Option(names = {"-n", "--clusters"}, paramLabel = "N", description = "clusters to partition into, besides the seed groups (default: ${DEFAULT-VALUE})")
    int clusters = DEFAULTS.clusters();

    @Option(names = "--imbalance", paramLabel = "E", description = "a cluster's area may be up to (1 + E) times the mean (default: ${DEFAULT-VALUE})")
    double imbalance = DEFAULTS.imbalance();

    @Option(names = "--max-fanout", paramLabel = "F", description = "ignore and drop nets with more sinks than F (default: ${DEFAULT-VALUE})")
    int maxFanout = DEFAULTS.maxFanout();

    @Option(names = "--logic-levels", paramLabel = "L", description = "levels of logic a macro's or port group's seed takes in (default: ${DEFAULT-VALUE})")
    int logicLevels = DEFAULTS.logicLevels();

    @Option(names = "--utilization", paramLabel = "U", description = "soft macro area = cell area / U (default: ${DEFAULT-VALUE}, as Circuit Training)")
    double utilization = DEFAULTS.utilization();

    @Option(names = "--no-breakup", negatable = false, description = "do not split spread-out clusters by location nor merge small ones")
    boolean noBreakup;

    @Option(names = "--runs", paramLabel = "R", description = "bisections tried per split, the best kept (default: ${DEFAULT-VALUE})")
    int runs = DEFAULTS.runs();

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = DEFAULTS.seed();

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin
    CostOptions costOptions;

    @Override
    public Integer call() throws Exception {
        ClusterConfig config;
        try {
            config = new ClusterConfig(clusters, imbalance, maxFanout, logicLevels, utilization, !noBreakup, runs, seed);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Design design = DesignReader.read(netlistPath, plcPath, lef.files);
        if (!FlatDesigns.hasMovableCells(design.netlist(), design.plc().placement())) {
            throw new UserException(netlistPath + ": no movable standard cells to cluster");
        }
        FlatDesigns.Prepared prepared = FlatDesigns.prepare(design, costOptions, config);
        ClusterReport r = prepared.clustering().report();
        Netlist netlist = prepared.design().netlist();
        CostSettings settings = prepared.settings();
        PlacementProblem problem = PlacementProblem.of(netlist, settings, prepared.design().plc().placement());
        Costs costs = problem.evaluator().evaluate(problem.initial());
        Path netlistFile = out.resolve("netlist.pb.txt.gz");
        Path plcFile = out.resolve("initial.plc");
        PlcFile plc = new PlcFile(PlcOutput.header(settings, costs, Layouts.designName(netlistPath), false),
                problem.initial());
        CtNetlistWriter.check(netlist, plc.placement());
        AtomicFiles.batch()
                .add(netlistFile, CtNetlistWriter.body(netlist, plc.placement(), netlistFile))
                .addText(plcFile, w -> PlcWriter.write(w, netlist, plc))
                .write();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("netlist", netlistFile.toString());
            m.put("plc", plcFile.toString());
            m.putAll(ClusterJson.report(r));
            m.put("initial_costs", SettingsJson.costs(costs));
            m.put("settings", SettingsJson.settings(settings));
            Json.print(o, m);
        } else {
            print(o, r, costs);
            o.printf("wrote %s, %s%n", netlistFile, plcFile);
            o.flush();
        }
        return 0;
    }

    private static void print(PrintWriter o, ClusterReport r, Costs costs) {
        ClusterReport.Cut c = r.cut();
        ClusterReport.Spread s = r.spread();
        ClusterReport.Location l = r.location();
        int nets = c.nets() + c.internalNets() + c.droppedNets();
        o.printf(Locale.ROOT, "cells          %,d movable standard cells%s%n", r.cells(),
                r.keptCells() > 0 ? String.format(Locale.ROOT, " (%,d fixed, kept)", r.keptCells()) : "");
        o.printf(Locale.ROOT, "partition      %,d seed groups + %,d clusters; hypergraph cut %,.0f, connectivity %,.0f%n",
                r.seedGroups(), r.partitions() - r.seedGroups(), c.partitionCut(), c.partitionConnectivity());
        if (l.applied()) {
            o.printf(Locale.ROOT, "location       %,d groups wider than %.1f µm split into %,d more; %,d small groups merged%n",
                    l.splitGroups(), l.threshold(), l.newGroups(), l.merged());
        } else {
            o.println("location       not applied (unplaced input or --no-breakup)");
        }
        o.printf(Locale.ROOT, "soft macros    %,d%n", r.clusters());
        o.printf(Locale.ROOT, "cut            %,d of %,d nets (weight %,.0f, connectivity %,.0f); %,d inside clusters, %,d over the fan-out limit dropped%n",
                c.nets(), nets, c.weight(), c.connectivity(), c.internalNets(), c.droppedNets());
        o.printf(Locale.ROOT, "nets out       %,d (parallel nets merged)%n", c.outputNets());
        o.printf(Locale.ROOT, "cluster area   min %,.1f  mean %,.1f  max %,.1f µm² (cv %.2f); cells %,d..%,d%n",
                s.minArea(), s.meanArea(), s.maxArea(), s.cv(), s.minCells(), s.maxCells());
        o.printf(Locale.ROOT, "initial        proxy %.6f (wirelength %.6f, density %.6f, congestion %.6f)%n",
                costs.proxy(), costs.wirelength(), costs.density(), costs.congestion());
        ClusterReport.Times t = r.times();
        o.printf(Locale.ROOT, "time           %.1f s (graph %.1f, partition %.1f, location %.1f, netlist %.1f)%n",
                t.total(), t.graph(), t.partition(), t.location(), t.build());
    }
}
