package io.macroplace.rl.config;

import io.macroplace.env.mdp.EnvConfig;

/**
 * PPO hyper-parameters.
 *
 * @param seed                 drives parameter initialisation, environment seeds and action sampling
 * @param episodesPerIteration episodes collected per design per iteration (default 16)
 * @param envThreads           threads stepping environments; inference is batched over all of them (default 2)
 * @param epochs               passes over each iteration's samples (default 4)
 * @param minibatchSize        samples per gradient step (default 128)
 * @param learningRate         Adam step size (default 3e-4)
 * @param gamma                discount (default 1: the reward is the final cost)
 * @param gaeLambda            GAE λ (default 0.95)
 * @param clipRatio            PPO ε (default 0.2)
 * @param valueCoef            weight of the value loss (default 0.5)
 * @param entropyCoef          weight of the entropy bonus (default 0.01)
 * @param maxGradNorm          global gradient-norm clip; 0 disables (default 0.5)
 * @param normalizeAdvantages  standardise advantages per minibatch set (default true)
 * @param adamBeta1            Adam β1 (default 0.9)
 * @param adamBeta2            Adam β2 (default 0.999)
 * @param adamEpsilon          Adam ε (default 1e-8)
 * @param reward               the environment's reward (default FINAL_PROXY, Circuit Training's:
 *                             minus the proxy cost at the end; SHAPED pays the wirelength part step
 *                             by step, with the same return; DENSE_HPWL is MaskPlace's HPWL-only reward)
 * @param designsPerIteration  with several designs (pre-training), how many each iteration collects
 *                             episodes of, taken in rotation; 0 for all of them (default 0)
 */
public record PpoConfig(long seed, int episodesPerIteration, int envThreads, int epochs,
                        int minibatchSize, double learningRate, double gamma, double gaeLambda,
                        double clipRatio, double valueCoef, double entropyCoef, double maxGradNorm,
                        boolean normalizeAdvantages, double adamBeta1, double adamBeta2,
                        double adamEpsilon, EnvConfig.RewardMode reward, int designsPerIteration) {
    public PpoConfig {
        if (episodesPerIteration < 1 || envThreads < 1 || epochs < 1 || minibatchSize < 1) {
            throw new IllegalArgumentException("episodes, threads, epochs and minibatch must be >= 1");
        }
        if (!(learningRate > 0) || gamma < 0 || gamma > 1 || gaeLambda < 0 || gaeLambda > 1
                || clipRatio <= 0 || maxGradNorm < 0) {
            throw new IllegalArgumentException("PPO hyper-parameter out of range");
        }
        if (designsPerIteration < 0) {
            throw new IllegalArgumentException("designsPerIteration must be >= 0 (0: all designs)");
        }
        if (reward == null) {
            throw new IllegalArgumentException("reward must be one of " + java.util.Arrays.toString(EnvConfig.RewardMode.values()));
        }
    }

    public static PpoConfig defaults() {
        return new PpoConfig(1, 16, 2, 4, 128, 3e-4, 1.0, 0.95, 0.2, 0.5, 0.01, 0.5, true,
                0.9, 0.999, 1e-8, EnvConfig.RewardMode.FINAL_PROXY, 0);
    }

    public PpoConfig withSeed(long s) {
        return new PpoConfig(s, episodesPerIteration, envThreads, epochs, minibatchSize, learningRate,
                gamma, gaeLambda, clipRatio, valueCoef, entropyCoef, maxGradNorm, normalizeAdvantages,
                adamBeta1, adamBeta2, adamEpsilon, reward, designsPerIteration);
    }

    public PpoConfig withRollout(int episodes, int threads) {
        return new PpoConfig(seed, episodes, threads, epochs, minibatchSize, learningRate, gamma,
                gaeLambda, clipRatio, valueCoef, entropyCoef, maxGradNorm, normalizeAdvantages,
                adamBeta1, adamBeta2, adamEpsilon, reward, designsPerIteration);
    }

    public PpoConfig withOptimisation(int epochCount, int minibatch, double lr, double entropy) {
        return new PpoConfig(seed, episodesPerIteration, envThreads, epochCount, minibatch, lr, gamma,
                gaeLambda, clipRatio, valueCoef, entropy, maxGradNorm, normalizeAdvantages,
                adamBeta1, adamBeta2, adamEpsilon, reward, designsPerIteration);
    }

    public PpoConfig withReward(EnvConfig.RewardMode mode) {
        return new PpoConfig(seed, episodesPerIteration, envThreads, epochs, minibatchSize, learningRate, gamma,
                gaeLambda, clipRatio, valueCoef, entropyCoef, maxGradNorm, normalizeAdvantages,
                adamBeta1, adamBeta2, adamEpsilon, mode, designsPerIteration);
    }

    public PpoConfig withDesignsPerIteration(int n) {
        return new PpoConfig(seed, episodesPerIteration, envThreads, epochs, minibatchSize, learningRate, gamma,
                gaeLambda, clipRatio, valueCoef, entropyCoef, maxGradNorm, normalizeAdvantages,
                adamBeta1, adamBeta2, adamEpsilon, reward, n);
    }
}
