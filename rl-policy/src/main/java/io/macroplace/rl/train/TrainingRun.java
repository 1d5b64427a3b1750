package io.macroplace.rl.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Limits and checkpointing of one call to {@link PpoTrainer#train}. Training stops after the
 * iteration that reaches {@code maxIterations} (counted from the start of the run, resumes included),
 * once {@code timeLimit} has passed (checked between iterations), or when {@code cancel} is set.
 *
 * @param checkpoint      checkpoint zip to write (atomically), or null for none
 * @param checkpointEvery write it every this many iterations, and always when training stops
 */
public record TrainingRun(int maxIterations, Duration timeLimit, Path checkpoint, int checkpointEvery,
                          AtomicBoolean cancel) {
    public TrainingRun {
        if (maxIterations < 0 || checkpointEvery < 1) {
            throw new IllegalArgumentException("maxIterations >= 0 and checkpointEvery >= 1 required");
        }
        if (timeLimit == null) {
            timeLimit = Duration.ofDays(365);
        }
        if (cancel == null) {
            cancel = new AtomicBoolean();
        }
    }

    public static TrainingRun iterations(int n) {
        return new TrainingRun(n, null, null, 1, null);
    }

    public TrainingRun withCheckpoint(Path file, int every) {
        return new TrainingRun(maxIterations, timeLimit, file, every, cancel);
    }
}
