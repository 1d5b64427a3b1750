package io.macroplace.distributed.sweep;

import io.macroplace.cli.Layouts;
import io.macroplace.cli.PlcOutput;
import io.macroplace.cli.Problems;
import io.macroplace.cli.report.LayoutRenderer;
import io.macroplace.cli.report.LayoutStyle;
import io.macroplace.cli.report.PngWriter;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.plc.PlcWriter;
import io.macroplace.env.problem.Costs;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.MethodOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javax.imageio.ImageIO;
import org.apache.spark.TaskContext;

/**
 * Runs one sweep run where it lands (an executor, or the driver's JVM in local mode): loads the
 * design (once per JVM, shared by the runs on it), builds the variant's placer, places, and
 * returns the row with the .plc and the layout picture as bytes.
 */
public final class RunTask {
    /** Loaded designs of this JVM by files and cost options; a design is read once however many runs use it. */
    private static final Map<String, Future<Problems>> PROBLEMS = new ConcurrentHashMap<>();

    private RunTask() {
    }

    public static RunResult run(SweepRun run, SweepInputs inputs, int attempts, String executor) throws Exception {
        SweepInputs.DesignInput design = inputs.designs().get(run.design());
        Problems loaded = problem(design, inputs);
        MethodOptions options = methodOptions(inputs, taskCpus());
        Placer placer = SweepPlacers.placer(run.method(), run.settings(), options);
        PlacementResult r = placer.place(loaded.problem(), run.seed(), Duration.ofMillis(run.timeLimitMs()),
                ProgressListener.NONE);
        Costs c = r.costs();
        StringWriter plc = new StringWriter();
        PlcWriter.write(plc, loaded.problem().netlist(), new PlcFile(
                PlcOutput.header(loaded.problem().settings(), c, run.designName(), loaded.maskPlace()), r.placement()));
        String title = Layouts.costTitle(run.variant() + ", seed " + run.seed(), c, loaded.maskPlace());
        byte[] png = png(Layouts.scene(loaded.problem().costModel(), r.placement(), Layouts.HeatmapKind.NONE,
                run.designName(), title));
        return new RunResult(run, RunResult.OK, null, c.proxy(), c.wirelength(), c.density(), c.congestion(),
                c.hpwl(), r.runtime().toNanos() / 1e9, r.legal(), attempts, executor,
                plc.toString().getBytes(StandardCharsets.UTF_8), png);
    }

    /**
     * The runs' method options. sa runs on {@code taskCpus} threads unless method_options says
     * --threads: Spark runs one task per slot of {@code spark.task.cpus} cores (1 by default), on
     * every slot at once, so sa's default of one thread per processor would put several threads
     * on each core and slow every run down; spark.task.cpus=N gives each run N cores and sa N threads.
     */
    static MethodOptions methodOptions(SweepInputs inputs, int taskCpus) {
        MethodOptions options = OptionArgs.method(inputs.methodArgs(), taskCpus);
        if (inputs.policy() != null) {
            options = options.withPolicy(inputs.policy().folder().resolve(inputs.policy().files().keySet().iterator()
                    .next()), options.samples());
        }
        return options;
    }

    /** The cores of this Spark task (spark.task.cpus); 1 outside a task. */
    private static int taskCpus() {
        TaskContext task = TaskContext.get();
        return task == null ? 1 : Math.max(1, task.cpus());
    }

    private static byte[] png(io.macroplace.cli.report.LayoutScene scene) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(PngWriter.toImage(new LayoutRenderer(LayoutStyle.DEFAULT).render(scene)), "png", out)) {
            throw new IOException("no PNG writer available in this JDK");
        }
        return out.toByteArray();
    }

    /** The design's problem, loaded by the first run that needs it in this JVM. */
    static Problems problem(SweepInputs.DesignInput design, SweepInputs inputs) throws Exception {
        String key = design.files().key() + " " + String.join(" ", inputs.costArgs());
        FutureTask<Problems> mine = new FutureTask<>(() -> {
            var folder = design.files().folder();
            return Problems.load(folder.resolve(design.netlist()),
                    design.plc() == null ? null : folder.resolve(design.plc()),
                    design.lef().stream().map(folder::resolve).toList(), OptionArgs.cost(inputs.costArgs()));
        });
        Future<Problems> f = PROBLEMS.putIfAbsent(key, mine);
        if (f == null) {
            f = mine;
            mine.run();
        }
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            PROBLEMS.remove(key, f); // a later try may succeed (e.g. after a full disk)
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
