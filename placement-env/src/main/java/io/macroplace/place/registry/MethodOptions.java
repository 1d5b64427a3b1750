package io.macroplace.place.registry;

import java.nio.file.Path;

/**
 * The settings a method's placer is built with (the command line's method options). Each method
 * reads the ones it uses and ignores the rest.
 *
 * @param saMoves  sa: anneal over this many evaluated moves, all threads together, cooling by
 *                 count (same seed and threads, same placement); null to cool by the clock
 * @param threads  sa: annealing threads; null for one per available processor
 * @param policy   rl: the trained policy file; null when none was given
 * @param samples  rl: sampled episodes besides the argmax one
 */
public record MethodOptions(Long saMoves, Integer threads, Path policy, int samples) {
    public MethodOptions {
        if (saMoves != null && saMoves < 1) {
            throw new IllegalArgumentException("the sa move budget must be at least 1, not " + saMoves);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("at least 1 thread, not " + threads);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("the number of rl samples must be 0 or more, not " + samples);
        }
    }

    /** Every method's defaults: sa by the clock on every processor, no policy, no samples. */
    public static MethodOptions defaults() {
        return new MethodOptions(null, null, null, 0);
    }

    public MethodOptions withSaMoves(Long moves) {
        return new MethodOptions(moves, threads, policy, samples);
    }

    public MethodOptions withThreads(Integer n) {
        return new MethodOptions(saMoves, n, policy, samples);
    }

    public MethodOptions withPolicy(Path file, int sampleCount) {
        return new MethodOptions(saMoves, threads, file, sampleCount);
    }
}
