package io.macroplace.bench;

import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * The series of {@link ScalingReport} measured in this thread's CPU time instead of JMH's wall
 * time. On a shared machine an operation longer than the scheduler's time slice (a full
 * evaluation from a few milliseconds up) is preempted by the other processes, so its wall time
 * grows with the load as well as with the design; CPU time does not. Each figure is the median
 * over 15 batches of the mean CPU time per operation, after a warm-up. Usage:
 * {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar io.macroplace.bench.ScalingCpuReport [pins|hard]...}
 */
public final class ScalingCpuReport {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private ScalingCpuReport() {
    }

    public static void main(String[] args) {
        for (String a : args.length == 0 ? new String[] {"pins", "hard"} : args) {
            boolean byPins = a.equals("pins");
            if (!byPins && !a.equals("hard")) {
                System.err.println("error: unknown series '" + a + "' (pins or hard)");
                System.exit(2);
            }
            String[] series = byPins ? ScalingReport.PINS : ScalingReport.HARD;
            System.out.println();
            System.out.println(byPins ? "Series pins-S, thread CPU time" : "Series hard-N, thread CPU time");
            System.out.println();
            System.out.println("| design | net pins | hard macros | grid | move (us) | full (ms) | full per pin (ns) |");
            System.out.println("|---|---:|---:|---|---:|---:|---:|");
            double[] x = new double[series.length];
            double[] move = new double[series.length];
            double[] full = new double[series.length];
            for (int i = 0; i < series.length; i++) {
                BenchDesigns.Loaded d = BenchDesigns.load(series[i]);
                CostModel model = d.model();
                PlacementState state = d.state();
                int[] hard = d.netlist().nodesOf(NodeKind.HARD_MACRO);
                ProxyCost cost = new ProxyCost(model, state);
                ShiftMove[] moves = ScalingBenchmark.moveCycle(hard, d.settings().canvasWidth(),
                        d.settings().canvasHeight(), new SplittableRandom(7));
                int[] next = {0};
                Runnable commit = () -> {
                    cost.propose(moves[next[0]++ & (moves.length - 1)]);
                    cost.commit();
                };
                Runnable evaluate = () -> ProxyCost.evaluate(model, state);
                // about 2 s of CPU per series point for the large designs
                move[i] = CpuTimeReport.median(MX, commit, 5000, Math.max(200, 20_000_000 / model.pinCount())) / 1e3;
                full[i] = CpuTimeReport.median(MX, evaluate, 3, Math.max(1, 2_000_000 / model.pinCount())) / 1e6;
                x[i] = byPins ? model.pinCount() : hard.length;
                System.out.printf("| %s | %,d | %,d | %d x %d | %.2f | %.3f | %.0f |%n", series[i], model.pinCount(),
                        hard.length, model.columns(), model.rows(), move[i], full[i], full[i] * 1e6 / model.pinCount());
            }
            System.out.printf("%nFitted exponent (log-log least squares) against %s: move %.2f, full evaluation %.2f%n",
                    byPins ? "net pins" : "hard macros", ScalingReport.exponent(x, move), ScalingReport.exponent(x, full));
        }
    }
}
