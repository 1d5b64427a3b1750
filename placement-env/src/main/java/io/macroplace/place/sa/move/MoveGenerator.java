package io.macroplace.place.sa.move;

import java.util.SplittableRandom;

/**
 * One kind of annealing move (VPR's move generators): draws a move for the current state and
 * proposes it to the context's search state with one of its primitive propose methods
 * ({@code proposeShift}, {@code proposeSwap}, {@code proposeOrient}), or reports that the draw has
 * no legal move (a hard macro that would overlap, a swap of one macro with itself ...). The
 * annealer then commits or reverts the pending move; generators never do. No move object is
 * created, so the annealing loop allocates nothing. Stateless apart from their settings, so one
 * instance serves every thread.
 */
public interface MoveGenerator {

    /** What {@link #propose} returns when the draw has no legal move (nothing is pending then). */
    double NO_MOVE = Double.NaN;

    /** Short name for settings and reports, e.g. "hard-shift". */
    String name();

    /** Whether this kind of move can occur in this context at all (its weight counts only then). */
    boolean applies(MoveContext context);

    /**
     * Draws a move of the context's current state and proposes it: returns the proxy change with
     * the move pending, or {@link #NO_MOVE} when this draw has no legal move.
     *
     * @param radius the current shift radius, microns (shrinks over the schedule)
     */
    double propose(MoveContext context, double radius, SplittableRandom rng);

    /** False for {@link #NO_MOVE}. */
    static boolean proposed(double delta) {
        return !Double.isNaN(delta);
    }
}
