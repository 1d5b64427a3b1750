package io.macroplace.place.sa.move;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws one generator by weight (among those that apply in the context) and lets it propose.
 * One per annealing thread; allocates nothing.
 */
public final class MoveMix {
    private final MoveContext context;
    private final MoveGenerator[] generators;
    private final double[] cumulative;

    public MoveMix(MoveContext context, List<WeightedMove> moves) {
        this.context = context;
        this.generators = new MoveGenerator[moves.size()];
        this.cumulative = new double[moves.size()];
        double total = 0;
        for (int i = 0; i < moves.size(); i++) {
            WeightedMove w = moves.get(i);
            generators[i] = w.generator();
            total += w.generator().applies(context) ? w.weight() : 0;
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] = total > 0 ? cumulative[i] / total : 0;
        }
    }

    /** False when no generator with a positive weight applies: nothing can move. */
    public boolean canMove() {
        return cumulative.length > 0 && cumulative[cumulative.length - 1] > 0;
    }

    /**
     * Proposes a move drawn by weight to the context's state and returns the proxy change (the
     * move pending), or {@link MoveGenerator#NO_MOVE} when the drawn generator found no legal move
     * (or nothing can move).
     */
    public double propose(double radius, SplittableRandom rng) {
        if (!canMove()) {
            return MoveGenerator.NO_MOVE;
        }
        double u = rng.nextDouble();
        int i = 0;
        while (i < cumulative.length - 1 && u >= cumulative[i]) {
            i++;
        }
        return generators[i].propose(context, radius, rng);
    }
}
