package io.macroplace.rl.ppo;

import io.macroplace.rl.net.PolicyNetwork;

/**
 * Plays episodes of one design with a fixed policy: the seam where rollouts can be collected
 * elsewhere (threads here, executors of a cluster) while the trainer computes advantages and
 * updates. Episode {@code i} is a function of the policy's parameters, the design and
 * {@code seeds[i]} alone (its environment reset seed and its action-sampling stream both come from
 * that seed), so a collector that plays the same seeds in the same groups of
 * {@link #groupSize} consecutive episodes returns bitwise the same episodes as
 * {@link RolloutCollector}; other groupings differ only by the float rounding of batched inference.
 */
public interface EpisodeCollector extends AutoCloseable {

    /**
     * Plays one episode per seed, sampling actions (or taking the most probable legal cell when
     * {@code greedy}), and returns them in seed order; episodes that hit an environment dead end are
     * dropped and counted.
     *
     * @throws AllEpisodesDeadEndedException when every episode hit a dead end
     */
    Rollout collect(PolicyNetwork policy, EnvPool pool, long[] seeds, boolean greedy);

    /** Episodes of a pool played in lockstep, one batched forward pass per step: the pool's size. */
    static int groupSize(EnvPool pool) {
        return pool.envs().size();
    }

    @Override
    void close();
}
