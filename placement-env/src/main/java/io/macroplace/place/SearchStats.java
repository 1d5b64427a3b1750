package io.macroplace.place;

import java.time.Duration;

/**
 * How much a local search evaluated: moves proposed to the incremental cost (all threads
 * together; draws without a legal move do not count) and the wall time they took.
 */
public record SearchStats(long moves, Duration time) {
    /** No search (constructions). */
    public static final SearchStats NONE = new SearchStats(0, Duration.ZERO);

    public SearchStats {
        if (moves < 0 || time == null || time.isNegative()) {
            throw new IllegalArgumentException("bad search statistics: " + moves + " moves in " + time);
        }
    }

    /** Evaluated moves per second of wall time, 0 without a search. */
    public double movesPerSecond() {
        long nanos = time.toNanos();
        return nanos == 0 ? 0 : moves * 1e9 / nanos;
    }

    /** Both searches together (a pipeline's stages). */
    public SearchStats plus(SearchStats other) {
        return new SearchStats(moves + other.moves, time.plus(other.time));
    }
}
