package io.macroplace.cli;

import io.macroplace.cli.report.ChartStyle;
import io.macroplace.cli.report.DrawingFiles;
import io.macroplace.cli.report.TrainingCurve;
import io.macroplace.cli.report.TrainingCurveChart;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.rl.train.IterationMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The files a training run leaves beside its policy: metrics as CSV and JSON, and the training curve. */
public final class TrainingOutputs {
    private static final String CSV_HEADER = "iteration,episodes,mean_return,mean_proxy_cost,best_proxy_cost,"
            + "policy_loss,value_loss,entropy,approx_kl,clip_fraction,grad_norm,env_steps,env_steps_per_s,"
            + "rollout_s,update_s,seconds";

    private TrainingOutputs() {
    }

    /** {@code dir/name.zip} → {@code dir/name} + suffix. */
    public static Path beside(Path policy, String suffix) {
        String name = policy.getFileName().toString();
        String base = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return policy.resolveSibling(base + suffix);
    }

    public static void writeCsv(Path file, List<IterationMetrics> metrics) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write(CSV_HEADER);
            w.write('\n');
            for (IterationMetrics m : metrics) {
                w.write(String.format(Locale.ROOT, "%d,%d,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%d,%.6g,%.6g,%.6g,%.6g%n",
                        m.iteration(), m.episodes(), m.meanReturn(), m.meanProxyCost(), m.bestProxyCost(),
                        m.policyLoss(), m.valueLoss(), m.entropy(), m.approxKl(), m.clipFraction(), m.gradNorm(),
                        m.envSteps(), m.envStepsPerSecond(), m.rolloutSeconds(), m.updateSeconds(), m.seconds()));
            }
        });
    }

    public static void writeJson(Path file, List<IterationMetrics> metrics) throws IOException {
        AtomicFiles.writeString(file, Json.write(metrics) + "\n");
    }

    public static void writeCurve(Path file, String title, List<IterationMetrics> metrics) throws IOException {
        int n = metrics.size();
        double[] it = new double[n];
        double[] ret = new double[n];
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = metrics.get(i).iteration();
            ret[i] = metrics.get(i).meanReturn();
            best[i] = metrics.get(i).bestProxyCost();
        }
        DrawingFiles.write(TrainingCurveChart.draw(title, new TrainingCurve(it, ret, best), ChartStyle.DEFAULT), file);
    }
}
