package io.macroplace.cli.command;

import io.macroplace.cli.CostOptions;
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
import io.macroplace.cli.SettingsJson;
import io.macroplace.cli.report.CompareReport;
import io.macroplace.cli.report.CompareReportWriter;
import io.macroplace.cli.report.CompareRow;
import io.macroplace.cli.report.PngWriter;
import io.macroplace.cli.report.SeedResult;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.plc.PlcWriter;
import io.macroplace.place.PlacementResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Compare placement methods on one design, in tables and pictures.",
            "",
            "Runs each method for each seed (seeds 1..N) under the same time limit and writes",
            "OUT/report.md and OUT/report.html: a table of WL, density, congestion, proxy,",
            "HPWL, runtime and legality (mean ± std over seeds), the input placement as a row",
            "when --plc is given, a layout picture per method (its best seed) and a bar chart;",
            "and OUT/placement-METHOD.plc, the best seed's placement of each method. --jobs N",
            "runs N of the method x seed runs at a time."
        },
        footer = {"", "Example:",
            "  macroplace compare ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc \\",
            "      --methods random,greedy,sa,greedy+sa+cd --seeds 3 --time-limit 2m \\",
            "      --out out/compare"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETLIST",
            description = "CT netlist (.pb.txt[.gz]), Bookshelf .aux or DEF (.def[.gz], with --lef)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "P", description = "input placement: start of every method, and a row of the table")
    Path plcPath;

    @Option(names = "--methods", paramLabel = "M[,M...]", split = ",", hideParamSyntax = true,
            description = "methods or pipelines to run (default: random,greedy,sa,greedy+sa+cd)")
    List<String> methods = List.of("random", "greedy", "sa", "greedy+sa+cd");

    @Option(names = "--seeds", paramLabel = "N", description = "runs per method, seeds 1..N (default: ${DEFAULT-VALUE})")
    int seeds = 1;

    @Option(names = {"-t", "--time-limit"}, paramLabel = "T", converter = DurationConverter.class,
            description = "budget of each run, e.g. 30s, 5m (default: 1m)")
    Duration timeLimit = Duration.ofMinutes(1);

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "runs (method x seed) side by side; sa's threads default to the processors / N "
                    + "(default: ${DEFAULT-VALUE})")
    int jobs = 1;

    @Mixin
    Methods.MethodOptionsMixin methodOptions;

    @Option(names = "--json", description = "print the table as JSON")
    boolean json;

    @Mixin
    CostOptions costOptions;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be at least 1");
        }
        OutputPaths.checkFolder(out, "--out");
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        int threads = methodOptions.threadsOr(Math.max(1, Methods.processors() / jobs));
        List<String> names = new ArrayList<>();
        for (String m : methods) {
            names.add(Methods.parse(m, methodOptions, threads).name()); // every name checked before any work
        }
        PngWriter.warmUp(); // pictures are written after Ctrl-C too
        Problems loaded = Problems.load(netlistPath, plcPath, lef.files, costOptions);
        PlacementProblem problem = loaded.problem();
        CostSettings settings = problem.settings();
        String name = Layouts.designName(netlistPath);
        PrintWriter o = spec.commandLine().getOut();
        if (loaded.clustering() != null) { // the netlist the placement-METHOD.plc files describe
            Path clustered = out.resolve("netlist.pb.txt.gz");
            AtomicFiles.write(clustered, CtNetlistWriter.body(problem.netlist(), problem.initial(), clustered));
            if (!json) {
                o.println(FlatDesigns.summary(loaded.clustering().report()) + "; wrote " + clustered);
            }
        }
        List<CompareRow> rows = new ArrayList<>();
        List<Map<String, Object>> runsJson = new ArrayList<>();
        Map<String, Object> placementsJson = new LinkedHashMap<>();
        if (plcPath != null) {
            Placement input = problem.initial();
            Costs c = problem.evaluator().evaluate(input);
            boolean legal = Legality.check(problem.netlist(), input, problem.canvas()).legal();
            rows.add(CompareRow.input(plcPath.getFileName().toString(), new SeedResult(c.wirelength(), c.density(), c.congestion(), c.proxy(),
                    c.hpwl(), 0, legal)).withLayoutImage(picture(loaded, input, "input", name, c)));
        }
        boolean allLegal = true;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "macroplace-compare");
            t.setDaemon(true);
            return t;
        });
        // one bar cannot follow several runs at once: with --jobs > 1 only the finished runs are printed
        try (ProgressReporter progress = new ProgressReporter(!json && jobs == 1 && System.console() != null)) {
            List<List<Future<PlacementResult>>> runs = new ArrayList<>();
            for (String m : methods) {
                List<Future<PlacementResult>> seedRuns = new ArrayList<>();
                for (int seed = 1; seed <= seeds; seed++) {
                    long s = seed;
                    // a placer per run: runs side by side share nothing but the problem
                    seedRuns.add(pool.submit(() -> progress.cancelled() ? null
                            : Methods.parse(m, methodOptions, threads).place(problem, s, timeLimit, progress)));
                }
                runs.add(seedRuns);
            }
            for (int i = 0; i < methods.size(); i++) {
                String label = names.get(i);
                List<SeedResult> results = new ArrayList<>();
                PlacementResult best = null;
                for (int seed = 1; seed <= seeds; seed++) {
                    PlacementResult r = result(runs.get(i).get(seed - 1));
                    if (r == null) {
                        continue; // cancelled before it started
                    }
                    Costs c = r.costs();
                    results.add(new SeedResult(c.wirelength(), c.density(), c.congestion(), c.proxy(), c.hpwl(),
                            r.runtime().toNanos() / 1e9, r.legal()));
                    allLegal &= r.legal();
                    if (best == null || c.proxy() < best.costs().proxy()) {
                        best = r;
                    }
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("method", label);
                    run.put("seed", seed);
                    run.putAll(SettingsJson.costs(c));
                    run.put("runtime_s", r.runtime().toNanos() / 1e9);
                    run.put("search_moves", r.search().moves());
                    run.put("moves_per_second", r.search().movesPerSecond());
                    run.put("search_cpu_use", r.search().cpuUse());
                    run.put("legal", r.legal());
                    runsJson.add(run);
                    if (!json) {
                        o.printf(Locale.ROOT, "%-16s seed %d  proxy %.6f  hpwl %.1f  %.1f s%s%s%n", label, seed,
                                c.proxy(), c.hpwl(), r.runtime().toNanos() / 1e9,
                                r.search().moves() == 0 ? "" : String.format(Locale.ROOT,
                                        "  %,.0f moves/s on %.2f cores", r.search().movesPerSecond(),
                                        r.search().cpuUse()),
                                r.legal() ? "" : "  ILLEGAL");
                        o.flush();
                    }
                }
                if (!results.isEmpty()) {
                    rows.add(CompareRow.of(label, results)
                            .withLayoutImage(picture(loaded, best.placement(), label, name, best.costs())));
                    Path plc = out.resolve("placement-" + fileLabel(label) + ".plc");
                    PlcWriter.write(plc, problem.netlist(),
                            new PlcFile(PlcOutput.header(settings, best.costs(), name, loaded.maskPlace()),
                                    best.placement()));
                    placementsJson.put(label, plc.toString());
                }
            }
            List<String> notes = new ArrayList<>(List.of(
                    "design: " + netlistPath + (plcPath == null ? "" : " with " + plcPath),
                    String.format(Locale.ROOT, "grid %d x %d, canvas %s x %s, weights %s/%s/%s, smoothing %d",
                            settings.columns(), settings.rows(), settings.canvasWidth(), settings.canvasHeight(),
                            settings.wirelengthWeight(), settings.densityWeight(), settings.congestionWeight(),
                            settings.smoothingRange()),
                    String.format(Locale.ROOT, "%d seed(s) per method, time limit %s per run, %d run(s) at a "
                            + "time, sa on %d thread(s)", seeds, DurationConverter.format(timeLimit), jobs, threads)));
            if (loaded.maskPlace()) {
                notes.add("MaskPlace setting (Bookshelf input): macros only, nets with >= 2 macros; the proxy and "
                        + "wirelength columns are macro HPWL in 1e5 units");
            }
            CompareReport report = new CompareReport("macroplace compare: " + name, notes, rows);
            CompareReportWriter.Written w = new CompareReportWriter().write(out, report);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("settings", SettingsJson.settings(settings));
                m.put("runs", runsJson);
                m.put("placements", placementsJson);
                m.put("report_md", w.markdown().toString());
                m.put("report_html", w.html().toString());
                Json.print(o, m);
            } else {
                o.println();
                o.print(CompareReportWriter.markdown(report));
                o.printf("%nwrote %s, %s and the best placement of each method (placement-METHOD.plc)%n",
                        w.markdown(), w.html());
                o.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return allLegal ? 0 : 1;
    }

    /** A run's result (null when it was cancelled before it started); its exception if it failed. */
    private static PlacementResult result(Future<PlacementResult> run) throws Exception {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    /** A method name as part of a file name ("greedy+sa" -> "greedy_sa"). */
    private static String fileLabel(String label) {
        return label.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Layout picture of one row, as a path relative to the report folder. */
    private String picture(Problems loaded, Placement placement, String label, String design, Costs c)
            throws Exception {
        String file = "layout-" + fileLabel(label) + ".png";
        String title = Layouts.costTitle(label, c, loaded.maskPlace());
        Layouts.write(Layouts.scene(loaded.problem().costModel(), placement, Layouts.HeatmapKind.NONE, design, title),
                out.resolve(file));
        return file;
    }
}
