package io.macroplace.place;

import java.time.Duration;

/**
 * How much a local search evaluated: moves proposed to the incremental cost (all threads
 * together; draws without a legal move do not count), the wall time they took and the CPU time
 * of the threads that made them (so {@link #cpuUse()} is the search's CPU use, 2.0 for two busy
 * cores, and {@link #movesPerCpuSecond()} hardly depends on what else the machine runs).
 */
public record SearchStats(long moves, Duration time, Duration cpu) {
    /** No search (constructions). */
    public static final SearchStats NONE = new SearchStats(0, Duration.ZERO, Duration.ZERO);

    public SearchStats {
        if (moves < 0 || time == null || time.isNegative() || cpu == null || cpu.isNegative()) {
            throw new IllegalArgumentException("bad search statistics: " + moves + " moves in " + time + ", cpu " + cpu);
        }
    }

    /** Evaluated moves per second of wall time, 0 without a search. */
    public double movesPerSecond() {
        long nanos = time.toNanos();
        return nanos == 0 ? 0 : moves * 1e9 / nanos;
    }

    /** Evaluated moves per second of CPU time, 0 without a search. */
    public double movesPerCpuSecond() {
        long nanos = cpu.toNanos();
        return nanos == 0 ? 0 : moves * 1e9 / nanos;
    }

    /** CPU time over wall time: the cores the search kept busy on average, 0 without a search. */
    public double cpuUse() {
        long nanos = time.toNanos();
        return nanos == 0 ? 0 : (double) cpu.toNanos() / nanos;
    }

    /** Both searches together (a pipeline's stages). */
    public SearchStats plus(SearchStats other) {
        return new SearchStats(moves + other.moves, time.plus(other.time), cpu.plus(other.cpu));
    }
}
