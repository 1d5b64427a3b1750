package io.macroplace.rl.ppo;

import java.util.Random;

/** Picks cells from one row of masked log-probabilities; illegal cells are never returned. */
public final class ActionSampler {
    private ActionSampler() {
    }

    /** Samples a legal cell with probability proportional to exp(logp) among legal cells. */
    public static int sample(double[] logp, boolean[] legal, Random rng) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logp.length; c++) {
            if (legal[c]) {
                max = Math.max(max, logp[c]);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalStateException("no legal cell");
        }
        double total = 0;
        for (int c = 0; c < logp.length; c++) {
            if (legal[c]) {
                total += Math.exp(logp[c] - max);
            }
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int c = 0; c < logp.length; c++) {
            if (legal[c]) {
                last = c;
                u -= Math.exp(logp[c] - max);
                if (u < 0) {
                    return c;
                }
            }
        }
        return last; // rounding left u >= 0: the last legal cell
    }

    /** The legal cell of highest probability (lowest index on ties). */
    public static int argmax(double[] logp, boolean[] legal) {
        int best = -1;
        for (int c = 0; c < logp.length; c++) {
            if (legal[c] && (best < 0 || logp[c] > logp[best])) {
                best = c;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no legal cell");
        }
        return best;
    }
}
