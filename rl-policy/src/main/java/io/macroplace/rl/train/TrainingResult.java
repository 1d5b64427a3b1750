package io.macroplace.rl.train;

import io.macroplace.rl.net.PolicyNetwork;

import java.util.List;
import java.util.Map;

/** Why training stopped, the trained policy and everything measured. */
public record TrainingResult(StopReason reason, PolicyNetwork policy, List<IterationMetrics> metrics,
                             Map<String, BestPlacement> best) {

    public enum StopReason { ITERATIONS, TIME_LIMIT, CANCELLED }
}
