package io.macroplace.bench;

import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Incremental evaluation of a one-hard-macro move (a random macro to a random point of the canvas,
 * from a precomputed cycle of moves): propose then revert, and propose then commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MoveBenchmark {
    private static final int MOVES = 4096;

    @Param({"ariane133", "gen10x", "gen100x"})
    public String design;

    private ProxyCost cost;
    private ShiftMove[] moves;
    private int next;

    @Setup
    public void setUp() {
        BenchDesigns.Loaded d = BenchDesigns.load(design);
        PlacementState state = d.state();
        cost = new ProxyCost(d.model(), state);
        int[] hard = d.netlist().nodesOf(NodeKind.HARD_MACRO);
        SplittableRandom r = new SplittableRandom(7);
        moves = new ShiftMove[MOVES];
        double w = d.settings().canvasWidth();
        double h = d.settings().canvasHeight();
        for (int i = 0; i < MOVES; i++) {
            moves[i] = new ShiftMove(hard[r.nextInt(hard.length)], r.nextDouble() * w, r.nextDouble() * h);
        }
    }

    private ShiftMove nextMove() {
        ShiftMove m = moves[next];
        next = (next + 1) & (MOVES - 1);
        return m;
    }

    @Benchmark
    public double proposeRevert() {
        double delta = cost.propose(nextMove());
        cost.revert();
        return delta;
    }

    @Benchmark
    public double proposeCommit() {
        double delta = cost.propose(nextMove());
        cost.commit();
        return delta;
    }
}
