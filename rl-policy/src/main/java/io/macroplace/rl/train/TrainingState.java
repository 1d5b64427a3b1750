package io.macroplace.rl.train;

import java.util.List;
import java.util.Map;

/**
 * The trainer's progress besides parameters and optimiser state. Randomness needs no saved state:
 * iteration i draws from {@code new Random(mix(seed, i))}, so the iteration counter is the RNG state.
 *
 * @param iteration iterations completed
 */
public record TrainingState(int iteration, long seed, List<IterationMetrics> metrics,
                            Map<String, BestPlacement> best) {
    public TrainingState {
        metrics = List.copyOf(metrics);
        best = Map.copyOf(best);
    }
}
