package io.macroplace.place.sa;

import io.macroplace.place.Deadline;
import io.macroplace.place.sa.move.MoveGenerator;
import io.macroplace.place.sa.move.MoveMix;
import io.macroplace.place.search.SearchState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * One annealing thread's Markov chain: its own search state (incremental cost, overlap index),
 * move mix and random stream. {@link #run} anneals for one epoch; between epochs the placer may
 * copy another chain's placement into this one. Publishes its best cost and move count for the
 * progress line (volatile, read by the coordinating thread).
 */
final class Chain {
    /** Consecutive draws without a legal move after which the chain gives up (nothing can move). */
    static final long STUCK_DRAWS = 1_000_000;
    private static final int POLL = 64;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final SearchState state;
    private final MoveMix mix;
    private final SplittableRandom rng;
    private final Schedule schedule;
    private final long softEvery;
    private long evaluated;
    private long cpuNanos;
    private long failedInARow;
    private volatile double publishedBest;
    private volatile long publishedMoves;

    Chain(SearchState state, MoveMix mix, SplittableRandom rng, Schedule schedule, long softEvery) {
        this.state = state;
        this.mix = mix;
        this.rng = rng;
        this.schedule = schedule;
        this.softEvery = softEvery;
        this.publishedBest = state.best();
    }

    /**
     * Anneals until this chain has evaluated {@code untilMoves} moves in all (by move count: the
     * schedule position is {@code evaluated / ownBudget}), or, by the clock ({@code ownBudget} =
     * 0), until the deadline's used fraction reaches {@code untilFraction}; the deadline (and
     * cancelling) stops it either way, and so does a state where nothing can move.
     */
    void run(long untilMoves, long ownBudget, double untilFraction, Deadline deadline) {
        long cpuStart = cpuNow();
        try {
            anneal(untilMoves, ownBudget, untilFraction, deadline);
        } finally {
            cpuNanos += cpuNow() - cpuStart;
        }
    }

    private void anneal(long untilMoves, long ownBudget, double untilFraction, Deadline deadline) {
        boolean byCount = ownBudget > 0;
        double temperature = 0;
        double radius = 0;
        for (long polled = 0; evaluated < untilMoves && !stuck(); polled++) {
            if (polled % POLL == 0) {
                if (deadline.over()) {
                    break;
                }
                double frac = byCount ? (double) evaluated / ownBudget : deadline.fraction();
                if (!byCount && frac >= untilFraction) {
                    break;
                }
                temperature = schedule.temperature(frac);
                radius = schedule.radius(frac);
                if (polled % (POLL * 256) == 0) {
                    publish();
                }
            }
            double d = mix.propose(radius, rng);
            if (!MoveGenerator.proposed(d)) {
                failedInARow++;
                continue;
            }
            failedInARow = 0;
            evaluated++;
            if (d <= 0 || rng.nextDouble() < Math.exp(-d / temperature)) {
                state.commit();
            } else {
                state.revert();
            }
            if (softEvery > 0 && evaluated % softEvery == 0) {
                state.replaceSoftMacros();
            }
        }
        publish();
    }

    /** True when the last {@link #STUCK_DRAWS} draws found no legal move, or no generator applies. */
    boolean stuck() {
        return failedInARow >= STUCK_DRAWS || !mix.canMove();
    }

    long evaluated() {
        return evaluated;
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** CPU time this chain's runs took (0 where the JVM cannot measure thread CPU time). */
    long cpuNanos() {
        return cpuNanos;
    }

    private void publish() {
        publishedBest = state.best();
        publishedMoves = evaluated;
    }

    double publishedBest() {
        return publishedBest;
    }

    long publishedMoves() {
        return publishedMoves;
    }
}
