package io.macroplace.env.mdp;

/**
 * The outcome of one action.
 *
 * @param observation the next observation, or null when the episode is done
 * @param reward      reward of this step (see {@link EnvConfig.RewardMode})
 * @param done        true after the last macro is placed
 * @param result      the evaluated placement when done, else null
 */
public record Step(Observation observation, double reward, boolean done, EpisodeResult result) {
}
