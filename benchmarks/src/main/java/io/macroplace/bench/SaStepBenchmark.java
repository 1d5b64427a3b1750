package io.macroplace.bench;

import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.sa.SaConfig;
import io.macroplace.place.sa.move.MoveContext;
import io.macroplace.place.sa.move.MoveGenerator;
import io.macroplace.place.sa.move.MoveMix;
import io.macroplace.place.search.SearchState;
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
 * One step of the annealer's inner loop as {@code sa} runs it: the default move mix draws a move
 * and proposes it to the search state, then the Metropolis rule commits or reverts it. The
 * temperature and radius are the schedule's at position {@code frac} (T0 sampled as the placer
 * does); the state keeps annealing across invocations. Run with {@code -prof gc} to see that the
 * step allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SaStepBenchmark {

    @Param({"ariane133"})
    public String design;

    /** Position along the schedule, 0 (hot, wide moves) to 1 (cold, cell-sized moves). */
    @Param({"0.5"})
    public double frac;

    private SearchState state;
    private MoveMix mix;
    private SplittableRandom rng;
    private double temperature;
    private double radius;

    @Setup
    public void setUp() {
        BenchDesigns.Loaded d = BenchDesigns.load(design);
        PlacementProblem p = PlacementProblem.of(d.netlist(), d.settings(), d.plc().placement());
        SaConfig c = SaConfig.defaults();
        state = new SearchState(p, d.plc().placement(), c.spacing());
        mix = new MoveMix(new MoveContext(p, state), c.moves());
        rng = new SplittableRandom(1);
        double side = Math.max(p.canvas().width(), p.canvas().height());
        double cell = Math.min(p.canvas().cellWidth(), p.canvas().cellHeight());
        double up = 0;
        int ups = 0;
        for (int i = 0; i < 300; i++) {
            double delta = mix.propose(c.radiusStart() * side, rng);
            if (MoveGenerator.proposed(delta)) {
                state.revert();
                if (delta > 0) {
                    up += delta;
                    ups++;
                }
            }
        }
        double t0 = ups == 0 ? 1e-6 : -(up / ups) / Math.log(c.acceptStart());
        temperature = t0 * Math.pow(c.coolTo(), frac);
        double r0 = c.radiusStart() * side;
        radius = r0 * Math.pow(c.radiusEnd() * cell / r0, frac);
    }

    @Benchmark
    public double step() {
        double delta = mix.propose(radius, rng);
        if (!MoveGenerator.proposed(delta)) {
            return 0;
        }
        if (delta <= 0 || rng.nextDouble() < Math.exp(-delta / temperature)) {
            state.commit();
        } else {
            state.revert();
        }
        return delta;
    }
}
