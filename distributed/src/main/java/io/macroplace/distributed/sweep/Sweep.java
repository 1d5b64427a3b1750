package io.macroplace.distributed.sweep;

import io.macroplace.cli.Problems;
import io.macroplace.cli.cluster.SweepRequest;
import io.macroplace.cli.report.CompareReport;
import io.macroplace.cli.report.CompareReportWriter;
import io.macroplace.distributed.spark.SparkSessions;
import io.macroplace.netlist.FormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * The {@code sweep} command on the driver: reads and checks the sweep file and its designs, runs
 * every run as one Spark task (longest first), writes each run's files as its result arrives,
 * then the results table (CSV and Parquet) and the reports.
 */
public final class Sweep {
    /** results.csv is rewritten while the sweep runs, at most this often, so a stop keeps what finished. */
    private static final long CSV_EVERY_NANOS = 5_000_000_000L;

    private final SweepRequest request;
    private final PrintWriter out;
    private final RunExecutor executor;

    public Sweep(SweepRequest request, PrintWriter out) {
        this(request, out, RunTask::run);
    }

    Sweep(SweepRequest request, PrintWriter out, RunExecutor executor) {
        this.request = request;
        this.out = out;
        this.executor = executor;
    }

    /** Runs the sweep; the exit code is 0 when every run succeeded with a legal placement, else 1. */
    public int run() throws Exception {
        SweepFile sweep = SweepFileReader.read(request.file());
        List<Problems> designs = loadDesigns(sweep);
        List<SweepRun> runs = SweepPlan.runs(sweep);
        List<SweepRun> order = SweepPlan.schedule(runs);
        SweepInputs inputs = SweepInputs.of(sweep);
        SweepOutputs.Layout layout = new SweepOutputs.Layout(request.out().toAbsolutePath().normalize());
        Files.createDirectories(layout.out());

        long start = System.nanoTime();
        String master = request.master();
        int tries = SparkSessions.tries(master, request.tries());
        long variants = runs.stream().map(r -> r.designName() + "\0" + r.variant()).distinct().count();
        out.printf(Locale.ROOT, "sweep: %d runs (%d design(s), %d variant(s), %d seed(s)) on %s, up to %d tries each%n",
                runs.size(), sweep.designs().size(), variants, sweep.seeds().size(), master, tries);
        out.flush();
        SparkSession spark = SparkSessions.start("macroplace sweep " + request.file().getFileName(), master,
                request.conf(), tries);
        List<RunResult> results = Collections.synchronizedList(new ArrayList<>());
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SweepInputs> shipped = jsc.broadcast(inputs);
            SweepProgress progress = new SweepProgress(out, order, spark.sparkContext()::defaultParallelism);
            spark.sparkContext().addSparkListener(progress);
            JavaRDD<SweepRun> rdd = jsc.parallelize(order, order.size()); // one run per partition: one task each
            long[] lastCsv = {System.nanoTime()};
            spark.sparkContext().runJob(rdd.rdd(), new SweepTaskFunction(shipped, tries, executor),
                    (Object index, RunResult r) -> {
                        received(layout, (Integer) index, r, results, progress, lastCsv);
                        return BoxedUnit.UNIT;
                    }, ClassTag$.MODULE$.apply(RunResult.class));
            progress.stop();
            double seconds = (System.nanoTime() - start) / 1e9;
            ResultsTable.writeCsv(layout.out().resolve(ResultsTable.CSV), results, layout);
            ResultsTable.writeParquet(ResultsTable.dataFrame(spark, results, layout),
                    layout.out().resolve(ResultsTable.PARQUET));
            report(sweep, designs, results, layout, seconds, progress.failed());
        } finally {
            spark.stop();
        }
        boolean allGood = results.stream().allMatch(r -> r.ok() && r.legal());
        return allGood ? 0 : 1;
    }

    /** A run's result on the driver: its files written, its line printed, the table refreshed now and then. */
    private void received(SweepOutputs.Layout layout, int partition, RunResult r, List<RunResult> results,
                          SweepProgress progress, long[] lastCsv) {
        try {
            SweepOutputs.writeRunFiles(layout, r);
            results.add(r.withoutFiles());
            progress.finished(partition, r);
            if (System.nanoTime() - lastCsv[0] >= CSV_EVERY_NANOS) {
                ResultsTable.writeCsv(layout.out().resolve(ResultsTable.CSV), results, layout);
                lastCsv[0] = System.nanoTime();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads every design on the driver: mistakes stop the sweep before Spark starts; the input rows need it. */
    private static List<Problems> loadDesigns(SweepFile sweep) throws IOException {
        List<Problems> out = new ArrayList<>();
        for (SweepFile.Design d : sweep.designs()) {
            try {
                out.add(Problems.load(d.netlist(), d.plc(), d.lef(), OptionArgs.cost(sweep.costArgs())));
            } catch (IllegalArgumentException e) {
                throw new FormatException(sweep.source().toString(), 0, d.name() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private void report(SweepFile sweep, List<Problems> designs, List<RunResult> results,
                        SweepOutputs.Layout layout, double seconds, int failed) throws IOException {
        List<CompareReport> reports = new ArrayList<>();
        for (int i = 0; i < sweep.designs().size(); i++) {
            reports.add(SweepOutputs.designReport(layout, sweep, sweep.designs().get(i), designs.get(i), results,
                    request.master()));
        }
        long ok = results.stream().filter(RunResult::ok).count();
        List<String> summary = List.of(
                String.format(Locale.ROOT, "%d runs: %d ok, %d failed; %.1f s wall time on %s", results.size(), ok,
                        failed, seconds, request.master()),
                "one row per run: " + ResultsTable.CSV + " and " + ResultsTable.PARQUET);
        SweepOutputs.writeIndex(layout, "macroplace sweep: " + sweep.source().getFileName(), summary,
                sweep.designs(), reports);
        out.println();
        for (CompareReport r : reports) {
            if (r != null) {
                out.print(SweepOutputs.tableOnly(r));
                out.println();
            }
        }
        out.printf(Locale.ROOT, "%d runs in %.1f s: %d ok, %d failed%n", results.size(), seconds, ok, failed);
        out.printf("wrote %s, %s, %s, and per design %s, %s and runs/ (a .plc and a picture per run)%n",
                layout.out().resolve(SweepOutputs.INDEX), layout.out().resolve(ResultsTable.CSV),
                layout.out().resolve(ResultsTable.PARQUET), CompareReportWriter.MARKDOWN, CompareReportWriter.HTML);
        out.flush();
        String failures = results.stream().filter(r -> !r.ok()).map(r -> r.run().designName() + " "
                + r.run().variant() + " seed " + r.run().seed()).collect(Collectors.joining(", "));
        if (!failures.isEmpty()) {
            out.println("failed: " + failures);
            out.flush();
        }
    }
}
