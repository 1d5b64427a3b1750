package io.macroplace.rl.train;

import io.macroplace.rl.BackendInfo;

import java.nio.file.Path;

/** Receives progress on the training thread; keep it quick. */
public interface TrainingListener {
    /** Called once when {@link PpoTrainer#train} starts, with the ND4J backend and device in use. */
    default void onStart(BackendInfo backend, int parameterCount) {
    }

    void onIteration(IterationMetrics metrics);

    default void onCheckpoint(Path file, int iteration) {
    }

    TrainingListener NONE = m -> {
    };
}
