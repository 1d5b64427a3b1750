package io.macroplace.place;

import java.time.Duration;

/**
 * A macro placer: moves the movable hard macros of a problem (then places the soft macros) and
 * returns a legal placement with its proxy cost. Seeded (same seed, same budget-independent
 * result where the method does not depend on time), bounded by {@code budget}, and cancellable
 * through the listener. Ports and fixed nodes stay where the problem's initial placement has them.
 */
public interface Placer {

    /** Short method name, e.g. "greedy" or "greedy+sa+cd". */
    String name();

    PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener);
}
