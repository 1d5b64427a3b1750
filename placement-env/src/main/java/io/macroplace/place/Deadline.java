package io.macroplace.place;

import java.time.Duration;

/**
 * A time budget plus the listener's cancel flag: {@link #over()} is what loops poll. Threads of
 * one search may share it (the listener's flag must then be thread-safe, as an AtomicBoolean is).
 */
public final class Deadline {
    private final long start;
    private final long nanos;
    private final ProgressListener listener;
    private volatile boolean cancelled; // polled by every thread of a parallel search

    public Deadline(Duration budget, ProgressListener listener) {
        this.start = System.nanoTime();
        long b;
        try {
            b = budget.toNanos();
        } catch (ArithmeticException e) {
            b = Long.MAX_VALUE / 4;
        }
        this.nanos = Math.max(0, b);
        this.listener = listener;
    }

    public boolean over() {
        if (listener.cancelled()) {
            cancelled = true;
        }
        return cancelled || System.nanoTime() - start >= nanos;
    }

    /** True once the listener asked to stop (sticky). */
    public boolean cancelled() {
        if (listener.cancelled()) {
            cancelled = true;
        }
        return cancelled;
    }

    /** Used fraction of the budget, in [0, 1]. */
    public double fraction() {
        return nanos == 0 ? 1 : Math.min(1.0, (double) (System.nanoTime() - start) / nanos);
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanos - (System.nanoTime() - start)));
    }

    public ProgressListener listener() {
        return listener;
    }
}
