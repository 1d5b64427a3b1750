package io.macroplace.place.sa.move;

import io.macroplace.env.move.Move;
import java.util.SplittableRandom;

/**
 * One kind of annealing move (VPR's move generators): draws a move for the current state, or
 * null when the draw has no legal move (a hard macro that would overlap, a swap of one macro with
 * itself ...). Generators read the state (positions, legality) and never score or apply a move:
 * the annealer proposes what they return to the incremental cost. Stateless apart from their
 * settings, so one instance serves every thread.
 */
public interface MoveGenerator {

    /** Short name for settings and reports, e.g. "hard-shift". */
    String name();

    /** Whether this kind of move can occur in this context at all (its weight counts only then). */
    boolean applies(MoveContext context);

    /**
     * A move of the context's current state, or null when this draw has no legal move.
     *
     * @param radius the current shift radius, microns (shrinks over the schedule)
     */
    Move propose(MoveContext context, double radius, SplittableRandom rng);
}
