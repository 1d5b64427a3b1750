package io.macroplace.distributed.rollout;

import java.io.Serializable;
import java.util.List;

/**
 * A task's finished episodes, in seed order.
 *
 * @param failed   episodes dropped at an environment dead end
 * @param steps    environment steps taken, dropped episodes included
 * @param executor the executor that played them
 */
public record GroupResult(List<Trajectories.EpisodeData> episodes, int failed, int steps, String executor)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public GroupResult {
        episodes = List.copyOf(episodes);
    }
}
