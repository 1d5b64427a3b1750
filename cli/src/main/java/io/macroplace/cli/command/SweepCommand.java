package io.macroplace.cli.command;

import io.macroplace.cli.cluster.ClusterBackend;
import io.macroplace.cli.cluster.ClusterOptions;
import io.macroplace.cli.cluster.SweepRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code sweep} command's options and help; the work is the distributed module's (Spark). */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run a placement sweep (designs x methods x settings x seeds) on Apache Spark.",
            "",
            "Every run of SWEEP.json is one Spark task: in this process on every core by default",
            "(local[*]), or on a cluster with --master. Each run writes its placement and picture",
            "to OUT/DESIGN/runs/; the sweep writes OUT/results.csv and OUT/results.parquet (one",
            "row per run: design, method, seed, time limit, settings, costs, legal, runtime,",
            "status ok or failed, error), and per design OUT/DESIGN/report.md and report.html,",
            "compare's tables and pictures (mean ± std over seeds). A failing run is retried",
            "(--tries); one that fails every try is reported failed and the others go on.",
            "",
            "SWEEP.json (paths are relative to its folder):",
            "  {\"designs\": [{\"netlist\": \"netlist.pb.txt.gz\", \"plc\": \"initial.plc\"}],",
            "   \"methods\": [\"greedy\", \"sa\", \"greedy+sa+cd\"],",
            "   \"seeds\": 3,",
            "   \"time_limit\": [\"10s\", \"30s\"],",
            "   \"cost\": {\"weights\": \"1,0.5,0.5\"},",
            "   \"method_options\": {\"sa-moves\": 3000000},",
            "   \"grid\": {\"sa.accept_start\": [0.01, 0.1]}}",
            "A DEF design: {\"netlist\": \"x.def\", \"lef\": [\"tech.lef\", \"macros.lef\"]}; any design",
            "may have a \"name\". seeds: a count N (seeds 1..N) or a list. time_limit: one or a list. Optional: cost",
            "(cost's options: cols, rows, weights, smoothing, orient-pins...), method_options",
            "(place's: sa-moves, policy, samples), grid (STAGE.setting: values; every combination",
            "is a variant of the methods with that stage).",
            ""
        },
        footer = {"", "Examples:",
            "  macroplace sweep distributed/sweeps/sample-24.json --out out/sweep",
            "  macroplace sweep sweep.json --out /shared/sweep --master spark://head:7077 \\",
            "      --conf spark.executor.memory=4g"})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.json", description = "the sweep file")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "output folder (on a cluster: storage the executors can write too, for results.parquet)")
    Path out;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--tries", paramLabel = "N",
            description = "attempts per run before it is reported failed (default: ${DEFAULT-VALUE})")
    int tries = 2;

    @Override
    public Integer call() throws Exception {
        SweepRequest request = new SweepRequest(file, out, cluster.masterOrDefault(), cluster.conf, tries);
        return ClusterBackend.require("sweep").sweep(request, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
