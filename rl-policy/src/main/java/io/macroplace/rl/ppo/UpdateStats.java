package io.macroplace.rl.ppo;

/** Means over an iteration's minibatches (approxKl and clipFraction: against the rollout policy). */
public record UpdateStats(double policyLoss, double valueLoss, double entropy, double approxKl,
                          double clipFraction, double gradNorm, int minibatches, double seconds) {
}
