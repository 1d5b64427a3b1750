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
     * @param best     best cost of the stage so far (its own objective: proxy, or HPWL for greedy/EA
     *                 in HPWL mode)
     */
    default void progress(String stage, double fraction, double best) {
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
