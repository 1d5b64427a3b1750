package io.macroplace.bench;

import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Move cost and full evaluation against design size, on designs the generator makes at set-up
 * (never stored): {@code pins-S} is the ariane-like default design with every count times S (about
 * 45k x S net pins, grid re-derived), {@code hard-N} the default with N hard macros. {@link
 * ScalingReport} runs both series and fits the exponents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ScalingBenchmark {
    @Param({"pins-0.25", "pins-1", "pins-4", "pins-16", "pins-100", "hard-100", "hard-500", "hard-2000"})
    public String design;

    private CostModel model;
    private PlacementState state;
    private ProxyCost cost;
    private ShiftMove[] moves;
    private int next;

    @Setup
    public void setUp() {
        BenchDesigns.Loaded d = BenchDesigns.load(design);
        model = d.model();
        state = d.state();
        cost = new ProxyCost(model, state);
        moves = moveCycle(d.netlist().nodesOf(NodeKind.HARD_MACRO), d.settings().canvasWidth(),
                d.settings().canvasHeight(), new SplittableRandom(7));
    }

    /**
     * A cycle of moves (a power of two, at least 4096) that moves every hard macro at least four
     * times to random points: shuffled rounds over all macros. Drawing the macro at random as
     * {@code MoveBenchmark} does would, with more macros than moves, leave macros moved once per
     * cycle, whose later moves go to where they already are (measured: half of the moves of the
     * 2.9M-pin design were such no-ops).
     */
    static ShiftMove[] moveCycle(int[] hard, double width, double height, SplittableRandom r) {
        int n = Integer.highestOneBit(Math.max(4096, 4 * hard.length) - 1) << 1;
        ShiftMove[] moves = new ShiftMove[n];
        int[] round = hard.clone();
        for (int i = 0; i < n; i++) {
            int j = i % round.length;
            if (j == 0) {
                for (int a = round.length - 1; a > 0; a--) {
                    int b = r.nextInt(a + 1);
                    int t = round[a];
                    round[a] = round[b];
                    round[b] = t;
                }
            }
            moves[i] = new ShiftMove(round[j], r.nextDouble() * width, r.nextDouble() * height);
        }
        return moves;
    }

    /** One hard macro to a random point, proposed and committed (as {@code MoveBenchmark.proposeCommit}). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double move() {
        double delta = cost.propose(moves[next]);
        next = (next + 1) & (moves.length - 1);
        cost.commit();
        return delta;
    }

    /** The proxy cost from scratch (as {@code FullCostBenchmark.proxy}). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CostBreakdown full() {
        return ProxyCost.evaluate(model, state);
    }
}
