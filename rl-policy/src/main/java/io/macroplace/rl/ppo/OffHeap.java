package io.macroplace.rl.ppo;

import java.util.Map;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * SameDiff's intermediate arrays live off-heap and are freed only when their small Java wrappers
 * are collected; the Java heap stays tiny, so without explicit collections the process grew by
 * about 200 MB per PPO gradient step on ariane133 (7+ GB on a 32x32 toy), and by 8 GB in one
 * rollout round of a 233-macro design. A full collection costs about 50 ms of CPU on ariane133, a
 * third of a gradient step, so it runs only once the resident size has grown by
 * {@link #BUDGET_BYTES} since the last one (checked after every gradient step and rollout step).
 */
public final class OffHeap {
    static final long BUDGET_BYTES = 512L << 20;
    private static long afterLastCollection = -1;

    private OffHeap() {
    }

    /** A full collection if the process grew by the budget since the last one. */
    public static synchronized void collectIfGrown() {
        long resident = Pointer.physicalBytes();
        if (afterLastCollection < 0 || resident - afterLastCollection > BUDGET_BYTES) {
            System.gc();
            afterLastCollection = Pointer.physicalBytes();
        }
    }

    /** A full collection now (end of a rollout). */
    public static synchronized void collect() {
        System.gc();
        afterLastCollection = Pointer.physicalBytes();
    }

    /** Frees a step's output or gradient arrays now instead of at the next collection. */
    public static void close(Map<String, INDArray> arrays) {
        for (INDArray a : arrays.values()) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }
}
