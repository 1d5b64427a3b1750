package io.macroplace.rl.ppo;

import java.util.List;

/**
 * Episodes of one design collected in one iteration, with the time the collection took.
 *
 * @param failedEpisodes episodes dropped because the environment hit a dead end
 */
public record Rollout(EnvPool pool, List<Episode> episodes, int failedEpisodes, int envSteps, double seconds) {
    public int sampleCount() {
        return episodes.stream().mapToInt(Episode::length).sum();
    }
}
