package io.macroplace.place.sa.move;

import java.util.Objects;

/** A move generator and its relative weight in the annealer's mix. */
public record WeightedMove(MoveGenerator generator, double weight) {
    public WeightedMove {
        Objects.requireNonNull(generator);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("bad weight " + weight + " of move " + generator.name());
        }
    }
}
