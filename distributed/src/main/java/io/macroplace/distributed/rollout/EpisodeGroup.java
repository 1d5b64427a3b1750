package io.macroplace.distributed.rollout;

import java.io.Serializable;

/**
 * One Spark task's share of a rollout: episodes of one design played in lockstep.
 *
 * @param design index into {@link RolloutInputs#designs()}
 * @param seeds  the episodes' seeds (each episode is a function of the parameters, the design and its seed)
 * @param greedy take the most probable legal cell instead of sampling
 */
public record EpisodeGroup(int design, long[] seeds, boolean greedy) implements Serializable {
    private static final long serialVersionUID = 1L;
}
