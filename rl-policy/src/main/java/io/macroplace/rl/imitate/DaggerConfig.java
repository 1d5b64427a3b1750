package io.macroplace.rl.imitate;

/**
 * Settings of DAgger after behaviour cloning ({@link Dagger}).
 *
 * @param rounds  rollout-label-train rounds; 0 = plain behaviour cloning
 * @param epochs  cloning passes over all the data gathered so far, per round (default 5)
 * @param beta    probability that the expert, not the policy, acts at a step of a round's rollout
 *                (default 0: the policy's own argmax episode, as DAgger after its first round)
 * @param seed    drives the rounds' minibatch shuffles and, with beta above 0, the expert-or-policy draws
 */
public record DaggerConfig(int rounds, int epochs, double beta, long seed) {
    public DaggerConfig {
        if (rounds < 0) {
            throw new IllegalArgumentException("DAgger rounds must be at least 0");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("DAgger epochs must be at least 1");
        }
        if (!(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("DAgger beta must be in [0, 1]");
        }
    }

    public static DaggerConfig none() {
        return new DaggerConfig(0, 5, 0, 1);
    }
}
