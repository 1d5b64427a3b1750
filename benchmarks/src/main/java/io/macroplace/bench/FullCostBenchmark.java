package io.macroplace.bench;

import io.macroplace.env.cost.CongestionTerm;
import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.DensityTerm;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.cost.WirelengthTerm;
import io.macroplace.env.state.PlacementState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** From-scratch evaluation of each term and of the proxy cost (the plain full kernels). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FullCostBenchmark {
    @Param({"ariane133", "gen1x", "gen10x", "gen100x"})
    public String design;

    private CostModel model;
    private PlacementState state;
    private WirelengthTerm wirelength;
    private DensityTerm density;
    private CongestionTerm congestion;

    @Setup
    public void setUp() {
        BenchDesigns.Loaded d = BenchDesigns.load(design);
        model = d.model();
        state = d.state();
        wirelength = new WirelengthTerm(model, state);
        density = new DensityTerm(model, state);
        congestion = new CongestionTerm(model, state);
    }

    @Benchmark
    public double wirelength() {
        return wirelength.evaluateFromScratch();
    }

    @Benchmark
    public double density() {
        return density.evaluateFromScratch();
    }

    @Benchmark
    public double congestion() {
        return congestion.evaluateFromScratch();
    }

    @Benchmark
    public CostBreakdown proxy() {
        return ProxyCost.evaluate(model, state);
    }
}
