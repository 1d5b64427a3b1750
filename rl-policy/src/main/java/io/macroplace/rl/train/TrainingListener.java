package io.macroplace.rl.train;

import java.nio.file.Path;

/** Receives progress on the training thread; keep it quick. */
public interface TrainingListener {
    void onIteration(IterationMetrics metrics);

    default void onCheckpoint(Path file, int iteration) {
    }

    TrainingListener NONE = m -> {
    };
}
