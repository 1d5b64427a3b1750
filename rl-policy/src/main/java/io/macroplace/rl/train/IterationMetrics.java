package io.macroplace.rl.train;

/**
 * What one PPO iteration did, for progress bars, CSV and JSON.
 *
 * @param iteration        1-based iteration number
 * @param episodes         episodes collected (all designs)
 * @param meanReturn       mean episode return (sum of rewards)
 * @param meanProxyCost    mean proxy cost of this iteration's episodes
 * @param bestProxyCost    lowest proxy cost seen so far (mean over designs of each design's best)
 * @param policyLoss       mean clipped-surrogate loss over minibatches
 * @param valueLoss        mean value loss
 * @param entropy          mean policy entropy (nats)
 * @param approxKl         mean of old logp - new logp of the taken actions
 * @param clipFraction     fraction of samples whose ratio left [1-ε, 1+ε]
 * @param gradNorm         mean global gradient norm before clipping
 * @param envSteps         environment steps taken
 * @param envStepsPerSecond env steps / rollout seconds (includes batched inference)
 * @param rolloutSeconds   time collecting episodes
 * @param updateSeconds    time in PPO epochs
 * @param seconds          whole iteration
 * @param failedEpisodes   episodes dropped because the environment hit a dead end (not in the means)
 */
public record IterationMetrics(int iteration, int episodes, double meanReturn, double meanProxyCost,
                               double bestProxyCost, double policyLoss, double valueLoss, double entropy,
                               double approxKl, double clipFraction, double gradNorm, int envSteps,
                               double envStepsPerSecond, double rolloutSeconds, double updateSeconds,
                               double seconds, int failedEpisodes) {
}
