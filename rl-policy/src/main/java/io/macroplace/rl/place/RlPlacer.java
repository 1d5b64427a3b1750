package io.macroplace.rl.place;

import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.DesignEnv;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.Episode;
import io.macroplace.rl.ppo.Rollout;
import io.macroplace.rl.ppo.RolloutCollector;

import java.util.Comparator;
import java.util.Random;

/**
 * Places a design with a trained policy: the argmax episode, or the best of K sampled episodes.
 * Only legal cells are ever chosen (see {@link io.macroplace.rl.ppo.ActionSampler}).
 */
public final class RlPlacer {
    private final PolicyNetwork policy;

    public RlPlacer(PolicyNetwork policy) {
        this.policy = policy;
    }

    /** One episode taking the most probable legal cell at every step. */
    public EpisodeResult greedy(MacroPlacementEnv env) {
        return best(run(env, 1, new Random(0), true));
    }

    /**
     * The lowest-proxy-cost episode of {@code samples} sampled episodes and the greedy one; the
     * seed drives the sampling and the environment's reset seeds.
     */
    public EpisodeResult bestOfSamples(MacroPlacementEnv env, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1");
        }
        EpisodeResult greedy = greedy(env);
        EpisodeResult sampled = best(run(env, samples, new Random(seed), false));
        return sampled.proxyCost() < greedy.proxyCost() ? sampled : greedy;
    }

    /** One episode sampled from the policy; the seed drives sampling and the reset seed. */
    public EpisodeResult sample(MacroPlacementEnv env, long seed) {
        return best(run(env, 1, new Random(seed), false));
    }

    private Rollout run(MacroPlacementEnv env, int episodes, Random rng, boolean argmax) {
        EnvPool pool = new EnvPool(new DesignEnv("rl-placer", settings -> env), 1, policy);
        try (RolloutCollector c = new RolloutCollector(1)) {
            return c.collect(policy, pool, episodes, rng, argmax);
        }
    }

    private static EpisodeResult best(Rollout r) {
        return r.episodes().stream().map(Episode::result)
                .min(Comparator.comparingDouble(EpisodeResult::proxyCost)).orElseThrow();
    }
}
