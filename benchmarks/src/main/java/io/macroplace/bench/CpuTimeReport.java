package io.macroplace.bench;

import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Thread CPU time per operation, as a companion to the JMH wall-clock figures on a shared
 * machine: other processes' load stretches wall time but not this thread's CPU time. Prints the
 * median over batches of the mean CPU time per op. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.CpuTimeReport [design...]}.
 */
public final class CpuTimeReport {
    private CpuTimeReport() {
    }

    public static void main(String[] args) {
        String[] designs = args.length > 0 ? args : new String[] {"ariane133", "gen10x", "gen100x"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String name : designs) {
            BenchDesigns.Loaded d = BenchDesigns.load(name);
            CostModel model = d.model();
            PlacementState state = d.state();
            ProxyCost cost = new ProxyCost(model, state);
            int[] hard = d.netlist().nodesOf(NodeKind.HARD_MACRO);
            SplittableRandom r = new SplittableRandom(7);
            ShiftMove[] moves = new ShiftMove[4096];
            for (int i = 0; i < moves.length; i++) {
                moves[i] = new ShiftMove(hard[r.nextInt(hard.length)], r.nextDouble() * d.settings().canvasWidth(),
                        r.nextDouble() * d.settings().canvasHeight());
            }
            double sink = 0;
            int[] next = {0};
            Runnable revert = () -> {
                cost.propose(moves[next[0]++ & 4095]);
                cost.revert();
            };
            Runnable commit = () -> {
                cost.propose(moves[next[0]++ & 4095]);
                cost.commit();
            };
            Runnable full = () -> ProxyCost.evaluate(model, state);
            System.out.printf("%-10s pins %8d  propose+revert %8.2f us  propose+commit %8.2f us  full proxy %8.3f ms%n",
                    name, model.pinCount(), median(mx, revert, 20_000, 2000) / 1e3,
                    median(mx, commit, 20_000, 2000) / 1e3, median(mx, full, 30, 5) / 1e6);
            sink += cost.proxy();
            if (sink == 42) {
                System.out.println();
            }
        }
    }

    /** Median over 15 batches of the mean thread CPU nanoseconds per op, after warm-up. */
    static double median(ThreadMXBean mx, Runnable op, int warmup, int batch) {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        double[] means = new double[15];
        for (int b = 0; b < means.length; b++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                op.run();
            }
            means[b] = (mx.getCurrentThreadCpuTime() - t0) / (double) batch;
        }
        Arrays.sort(means);
        return means[means.length / 2];
    }
}
