package io.macroplace.place.random;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.construct.GreedyDecoder;
import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Random legal placement: hard macros in order, each on a uniformly drawn legal candidate point
 * (grid of {@link DecoderConfig#resolution()} points per cell side); then soft macros by force.
 * A draw that leaves a later macro no room is redrawn (up to {@value #ATTEMPTS} times), then the
 * {@link Legalizer}'s packing is used.
 */
public final class RandomPlacer implements Placer {
    /** Random constructions tried before falling back to the greedy one (a draw can leave no room). */
    static final int ATTEMPTS = 20;
    private final DecoderConfig config;

    public RandomPlacer(DecoderConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public double budgetShare() {
        return CONSTRUCTION_SHARE;
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        double[][] c = problem.initialCentres();
        int[] order = MacroOrder.of(problem.model());
        SplittableRandom rng = new SplittableRandom(seed);
        double increase = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < ATTEMPTS && increase == Double.POSITIVE_INFINITY; attempt++) {
            c = problem.initialCentres();
            increase = GreedyDecoder.of(problem, config).random(order, rng, c[0], c[1]);
        }
        if (increase == Double.POSITIVE_INFINITY) {
            c = new Legalizer(problem, config.spacing()).packedCentres();
        }
        return PlacerSupport.finishConstruction(problem, name(), c[0], c[1], config.spacing(), deadline, listener);
    }
}
