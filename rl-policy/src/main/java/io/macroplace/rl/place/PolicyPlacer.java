package io.macroplace.rl.place;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.netlist.Placement;
import io.macroplace.place.Deadline;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.rl.net.PolicyNetwork;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The trained policy as a {@link Placer}: the greedy (argmax) episode, then up to {@code samples}
 * sampled episodes while the budget lasts; the lowest-proxy-cost episode is replayed to get its
 * full placement (soft macros placed by the environment).
 */
public final class PolicyPlacer implements Placer {
    private final PolicyNetwork policy;
    private final int samples;

    public PolicyPlacer(PolicyNetwork policy, int samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0");
        }
        this.policy = policy;
        this.samples = samples;
    }

    @Override
    public String name() {
        return samples == 0 ? "rl" : "rl-best-of-" + (samples + 1);
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        EnvConfig settings = policy.config().environment();
        PlacementEnv env = new PlacementEnv(problem, settings);
        RlPlacer rl = new RlPlacer(policy);
        EpisodeResult best = rl.greedy(env);
        listener.progress(name(), deadline.fraction(), best.proxyCost());
        SplittableRandom rng = new SplittableRandom(seed);
        for (int k = 0; k < samples && !deadline.over(); k++) {
            EpisodeResult r = rl.sample(env, rng.nextLong());
            if (r.proxyCost() < best.proxyCost()) {
                best = r;
            }
            listener.progress(name(), deadline.fraction(), best.proxyCost());
        }
        return PlacerSupport.finish(problem, name(), replay(env, best.macroCells()),
                settings.spacing(), deadline.elapsed(), deadline.cancelled());
    }

    /** The environment is deterministic, so replaying the chosen cells rebuilds that placement. */
    private static Placement replay(PlacementEnv env, int[] cells) {
        env.reset(0);
        for (int c : cells) {
            env.step(c);
        }
        return env.lastPlacement();
    }
}
