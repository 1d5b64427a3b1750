package io.macroplace.place.random;

import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementProblem;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.greedy.GreedyConfig;
import io.macroplace.place.greedy.GreedyPlacer;
import io.macroplace.place.model.MacroOrder;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Random legal placement: hard macros in order, each on a uniformly drawn legal candidate point
 * (grid of {@link GreedyConfig#resolution()} points per cell side); then soft macros by force.
 * A draw that leaves a later macro no room is redrawn (up to {@value #ATTEMPTS} times), then the
 * greedy construction is used.
 */
public final class RandomPlacer implements Placer {
    /** Random constructions tried before falling back to the greedy one (a draw can leave no room). */
    static final int ATTEMPTS = 20;
    private final GreedyConfig config;

    public RandomPlacer(GreedyConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        double[][] c = PlacerSupport.initialCentres(problem);
        int[] order = MacroOrder.of(problem.model());
        SplittableRandom rng = new SplittableRandom(seed);
        double increase = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < ATTEMPTS && increase == Double.POSITIVE_INFINITY; attempt++) {
            c = PlacerSupport.initialCentres(problem);
            increase = GreedyPlacer.decoder(problem, config).random(order, rng, c[0], c[1]);
        }
        if (increase == Double.POSITIVE_INFINITY) {
            c = PlacerSupport.fallbackCentres(problem, config.spacing());
        }
        return PlacerSupport.finishConstruction(problem, name(), c[0], c[1], config.spacing(), deadline, listener);
    }
}
