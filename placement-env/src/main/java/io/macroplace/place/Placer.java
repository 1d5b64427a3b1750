package io.macroplace.place;

import io.macroplace.env.problem.PlacementProblem;
import java.time.Duration;

/**
 * A macro placer: moves the movable hard macros of a problem (then places the soft macros) and
 * returns a legal placement with its proxy cost. Seeded (same seed, same budget-independent
 * result where the method does not depend on time), bounded by {@code budget}, and cancellable
 * through the listener. Ports and fixed nodes stay where the problem's initial placement has them.
 */
public interface Placer {

    /** {@link #budgetShare()} of a construction (random, greedy): a small part of a pipeline's time. */
    double CONSTRUCTION_SHARE = 0.02;

    /** Short method name, e.g. "greedy" or "greedy+sa+cd". */
    String name();

    /**
     * The relative share of a {@link PipelinePlacer}'s budget this placer asks for as a stage: 1 for
     * a search that uses all the time it gets (sa), less for one that converges early (cd 0.05) or
     * none (constructions, {@link #CONSTRUCTION_SHARE}).
     */
    default double budgetShare() {
        return 1.0;
    }

    PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener);
}
