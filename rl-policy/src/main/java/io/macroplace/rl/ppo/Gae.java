package io.macroplace.rl.ppo;

/** Generalised advantage estimation over one finished episode (the terminal value is 0). */
public final class Gae {
    private Gae() {
    }

    /**
     * @param rewards r_t of the episode's steps
     * @param values  V(s_t) from the rollout policy
     * @return advantages in [0] and returns (advantage + value) in [1]
     */
    public static double[][] compute(double[] rewards, double[] values, double gamma, double lambda) {
        int n = rewards.length;
        double[] adv = new double[n];
        double[] ret = new double[n];
        double next = 0;
        double nextValue = 0;
        for (int t = n - 1; t >= 0; t--) {
            double delta = rewards[t] + gamma * nextValue - values[t];
            next = delta + gamma * lambda * next;
            adv[t] = next;
            ret[t] = next + values[t];
            nextValue = values[t];
        }
        return new double[][]{adv, ret};
    }
}
