package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.Observation;

import java.util.List;

/** One finished episode as the rollout policy played it. */
public record Episode(List<Observation> observations, int[] actions, double[] logp, double[] values,
                      double[] rewards, EpisodeResult result) {
    public double totalReward() {
        double s = 0;
        for (double r : rewards) {
            s += r;
        }
        return s;
    }

    public int length() {
        return actions.length;
    }
}
