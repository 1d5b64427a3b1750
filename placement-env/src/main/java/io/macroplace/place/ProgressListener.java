package io.macroplace.place;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives progress from a placer and can stop it: when {@link #cancelled()} turns true the placer
 * ends soon (within one batch of moves) and returns the best legal placement found so far.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /**
     * @param stage    method name of the running stage
     * @param fraction of the stage's budget used, in [0, 1]
     * @param best     best proxy cost of the stage so far, or NaN while the stage has none (a
     *                 construction before its result is scored; the EA ranking by HPWL). Never
     *                 another objective: listeners show it as the proxy cost
     */
    default void progress(String stage, double fraction, double best) {
    }

    /**
     * Speed of the running stage's search: evaluated moves per second since it started, all
     * threads together (called alongside {@link #progress} by local searches only).
     */
    default void rate(String stage, double movesPerSecond) {
    }

    default boolean cancelled() {
        return false;
    }

    /** A listener that only carries a cancel flag (set it from a shutdown hook for Ctrl-C). */
    static ProgressListener cancelledBy(AtomicBoolean flag) {
        return new ProgressListener() {
            @Override
            public boolean cancelled() {
                return flag.get();
            }
        };
    }
}
