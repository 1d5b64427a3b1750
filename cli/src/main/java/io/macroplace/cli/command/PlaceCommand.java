package io.macroplace.cli.command;

import io.macroplace.cli.ClusterJson;
import io.macroplace.cli.CostOptions;
import io.macroplace.cli.DefOutputOptions;
import io.macroplace.cli.DurationConverter;
import io.macroplace.cli.FlatDesigns;
import io.macroplace.cli.Json;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.Methods;
import io.macroplace.cli.OutputPaths;
import io.macroplace.cli.PlcOutput;
import io.macroplace.cli.Problems;
import io.macroplace.cli.ProgressReporter;
import io.macroplace.cli.SampleDesign;
import io.macroplace.cli.SettingsJson;
import io.macroplace.cli.report.PngWriter;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefWriter;
import io.macroplace.netlist.plc.PlcWriter;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.SearchStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

@Command(name = "place", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Place the macros of a design and write the result.",
            "",
            "Without NETLIST it places the built-in sample design (designs/sample/netlist.pb.txt.gz),",
            "starting from its designs/sample/initial.plc unless --plc names another. Methods:",
            "random, greedy (WireMask), sa (simulated annealing), ea (WireMask-EA), cd (CT's",
            "coordinate descent), rl (a trained policy: --policy, else the shipped pre-trained",
            "designs/policies/pretrained.zip), or a pipeline such as",
            "greedy+sa+cd where each stage starts from the previous result. Soft macros are",
            "placed by a force-directed pass. sa anneals on --threads threads (default: every",
            "processor). Ctrl-C or the time limit stops the run and the best placement so far",
            "is written.",
            "",
            "Writes OUT/placement.plc (settings and costs in its header), OUT/layout.png,",
            "OUT/layout.svg and OUT/report.json; for a DEF input also OUT/placement.def, the",
            "input DEF with the hard macros moved (+ FIXED, on the site grid), all else unchanged.",
            "A design with standard cells is first clustered into soft macros as 'macroplace",
            "cluster' does (with its defaults); the clustered netlist goes to OUT/netlist.pb.txt.gz."
        },
        footer = {"", "Examples:",
            "  macroplace place",
            "  macroplace place ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc \\",
            "      --method greedy+sa+cd --time-limit 5m --out out/ariane",
            "  macroplace place design.def.gz --lef tech.lef --lef cells.lef \\",
            "      --lef macros.lef --out out/def"})
public final class PlaceCommand implements Callable<Integer> {
    /** Written beside placement.plc when the input had standard cells and was clustered. */
    static final String CLUSTERED_NETLIST = "netlist.pb.txt.gz";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NETLIST",
            description = "CT netlist (.pb.txt[.gz]), Bookshelf .aux or DEF (.def[.gz], with --lef) "
                    + "(default: the sample design, with its initial.plc)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Mixin
    DefOutputOptions defOutput;

    @Option(names = "--plc", paramLabel = "INIT", description = "initial placement and settings (.plc)")
    Path plcPath;

    @Option(names = {"-m", "--method"}, paramLabel = "M", description = "placer or pipeline (default: ${DEFAULT-VALUE})")
    String method = "greedy+sa+cd";

    @Option(names = {"-t", "--time-limit"}, paramLabel = "T", converter = DurationConverter.class,
            description = "wall-clock budget, e.g. 90s, 5m, 1h (default: 1m)")
    Duration timeLimit = Duration.ofMinutes(1);

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("out", "place");

    @Option(names = "--heatmap", paramLabel = "KIND", description = "underlay of the layout picture: none, density, congestion (default: ${DEFAULT-VALUE})")
    String heatmap = "none";

    @Mixin
    Methods.MethodOptionsMixin methodOptions;

    @Option(names = "--json", description = "print report.json to stdout instead of text")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Mixin
    CostOptions costOptions;

    /** What the DEF writer wrote, when the input was a DEF. */
    private DefWriter.Result defWritten;

    @Override
    public Integer call() throws Exception {
        Layouts.HeatmapKind heat = Layouts.HeatmapKind.parse(heatmap);
        OutputPaths.checkFolder(out, "--out");
        Placer placer = Methods.parse(method, methodOptions, Methods.processors());
        PngWriter.warmUp(); // pictures are written after Ctrl-C too
        if (netlistPath == null) {
            netlistPath = SampleDesign.netlist();
            if (plcPath == null) {
                plcPath = SampleDesign.plc();
            }
        }
        Problems loaded = Problems.load(netlistPath, plcPath, lef.files, costOptions);
        PlacementProblem problem = loaded.problem();
        CostSettings settings = problem.settings();
        PrintWriter o = spec.commandLine().getOut();
        if (!json && !quiet && loaded.clustering() != null) {
            o.println(FlatDesigns.summary(loaded.clustering().report()));
        }
        if (!json && !quiet) {
            o.printf("placing %s with %s (seed %d, time limit %s)%n", netlistPath, placer.name(), seed, DurationConverter.format(timeLimit));
            o.flush();
        }
        PlacementResult result;
        try (ProgressReporter progress = new ProgressReporter(!json && !quiet && System.console() != null)) {
            result = placer.place(problem, seed, timeLimit, progress);
            writeOutputs(loaded, result);
        }
        Map<String, Object> report = report(result, settings, loaded);
        if (json) {
            Json.print(o, report);
        } else {
            Costs c = result.costs();
            if (loaded.maskPlace()) {
                o.printf("macro HPWL %.4f x 1e5 (MaskPlace setting: macros only, nets with >= 2 macros)%n", c.proxy());
            } else {
                o.printf("proxy cost %.6f  (wirelength %.6f, density %.6f, congestion %.6f)  hpwl %.1f%n",
                        c.proxy(), c.wirelength(), c.density(), c.congestion(), c.hpwl());
            }
            o.printf("%s in %.1f s%s%s; legal: %s%n", result.method(), seconds(result.runtime()),
                    result.cancelled() ? " (stopped early)" : "", searchSummary(result.search()),
                    result.legal() ? "yes" : "NO");
            o.printf("wrote %s, %slayout.png, layout.svg, report.json%n", out.resolve("placement.plc"),
                    (defWritten != null ? "placement.def, " : "")
                            + (loaded.clustering() != null ? CLUSTERED_NETLIST + ", " : ""));
            if (defWritten != null && defWritten.offGrid() > 0) {
                o.printf("placement.def: %d of %d moved macros kept off the site grid (no site kept them legal)%n",
                        defWritten.offGrid(), defWritten.moved());
            }
            o.flush();
        }
        return result.legal() ? 0 : 1;
    }

    private void writeOutputs(Problems loaded, PlacementResult result) throws Exception {
        PlacementProblem problem = loaded.problem();
        boolean maskPlace = loaded.maskPlace();
        Costs c = result.costs();
        CostSettings settings = problem.settings();
        String block = Layouts.designName(netlistPath);
        PlcFile plc = new PlcFile(PlcOutput.header(settings, c, block, maskPlace), result.placement());
        DefDesign def = loaded.design() == null ? null : loaded.design().def();
        if (def != null) {
            defWritten = DefWriter.write(out.resolve("placement.def"), def, problem.netlist(), result.placement(),
                    defOutput.options());
        }
        var model = problem.costModel();
        String title = Layouts.costTitle(result.method(), c, maskPlace);
        var scene = Layouts.scene(model, result.placement(), Layouts.HeatmapKind.parse(heatmap), block, title);
        // all or none: a failure (a full disk) leaves the previous run's set as it was
        AtomicFiles.Batch files = AtomicFiles.batch()
                .addText(out.resolve("placement.plc"), w -> PlcWriter.write(w, problem.netlist(), plc));
        if (loaded.clustering() != null) { // the netlist placement.plc describes
            Path netlistFile = out.resolve(CLUSTERED_NETLIST);
            files.add(netlistFile, CtNetlistWriter.body(problem.netlist(), result.placement(), netlistFile));
        }
        files.addString(out.resolve("report.json"), Json.write(report(result, settings, loaded)) + "\n");
        Layouts.addTo(files, scene, out.resolve("layout.png"));
        Layouts.addTo(files, scene, out.resolve("layout.svg"));
        files.write();
    }

    private Map<String, Object> report(PlacementResult result, CostSettings settings, Problems loaded) {
        boolean maskPlace = loaded.maskPlace();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("netlist", netlistPath.toString());
        m.put("initial_plc", plcPath == null ? null : plcPath.toString());
        m.put("method", result.method());
        if (("+" + method + "+").contains("+rl+")) {
            Path policy = methodOptions.toOptions().policy();
            m.put("policy", policy == null ? null : policy.toString());
        }
        m.put("seed", seed);
        m.put("time_limit_s", seconds(timeLimit));
        m.put("sa_moves", methodOptions.saMoves);
        m.put("threads", methodOptions.threadsOr(Methods.processors()));
        m.put("search_moves", result.search().moves());
        m.put("moves_per_second", result.search().movesPerSecond());
        m.put("search_cpu_use", result.search().cpuUse());
        m.put("runtime_s", seconds(result.runtime()));
        m.put("stopped_early", result.cancelled());
        m.put("legal", result.legal());
        m.putAll(SettingsJson.costs(result.costs()));
        if (maskPlace) {
            m.put("objective", "macro HPWL (MaskPlace setting); proxy_cost and wirelength_cost are macro HPWL / 1e5");
            m.put("macro_hpwl_1e5", result.costs().proxy());
        }
        m.put("settings", SettingsJson.settings(settings));
        m.put("placement", out.resolve("placement.plc").toString());
        if (defWritten != null) {
            m.put("placement_def", out.resolve("placement.def").toString());
        }
        if (loaded.clustering() != null) {
            m.put("clustered_netlist", out.resolve(CLUSTERED_NETLIST).toString());
            m.put("clustering", ClusterJson.report(loaded.clustering().report()));
        }
        return m;
    }

    /** ", 1,234,567 moves at 45,600/s on 1.97 cores" for a result with a local search, else "". */
    static String searchSummary(SearchStats s) {
        return s.moves() == 0 ? "" : String.format(Locale.ROOT, ", %,d moves at %,.0f/s on %.2f cores", s.moves(),
                s.movesPerSecond(), s.cpuUse());
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
