package io.macroplace.rl.imitate;

/**
 * Settings of behaviour cloning.
 *
 * @param epochs        passes over all demonstrations (default 30)
 * @param minibatchSize samples per gradient step, each minibatch from one design (default 64)
 * @param learningRate  Adam step size (default 3e-3)
 * @param valueCoef     weight of the value loss against the cross-entropy (default 0.5)
 * @param maxGradNorm   global gradient-norm clip; 0 disables (default 1)
 * @param seed          drives the minibatch shuffles
 */
public record ImitationConfig(int epochs, int minibatchSize, double learningRate, double valueCoef,
                              double maxGradNorm, long seed) {
    public ImitationConfig {
        if (epochs < 1 || minibatchSize < 1 || !(learningRate > 0) || valueCoef < 0 || maxGradNorm < 0) {
            throw new IllegalArgumentException("imitation settings out of range");
        }
    }

    public static ImitationConfig defaults() {
        return new ImitationConfig(30, 64, 3e-3, 0.5, 1.0, 1);
    }

    public ImitationConfig withEpochs(int n) {
        return new ImitationConfig(n, minibatchSize, learningRate, valueCoef, maxGradNorm, seed);
    }

    public ImitationConfig withSeed(long s) {
        return new ImitationConfig(epochs, minibatchSize, learningRate, valueCoef, maxGradNorm, s);
    }

    public ImitationConfig withLearningRate(double lr) {
        return new ImitationConfig(epochs, minibatchSize, lr, valueCoef, maxGradNorm, seed);
    }
}
