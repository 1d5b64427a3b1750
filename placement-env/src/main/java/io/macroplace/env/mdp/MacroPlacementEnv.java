package io.macroplace.env.mdp;

/**
 * The sequential macro-placement MDP (AlphaChip / MaskPlace): hard macros are placed one per step
 * in a fixed order; an action is a grid cell (flat index {@code row * columns + col}) for the current
 * macro's centre. Everything is plain arrays so that a policy in any framework can consume it.
 *
 * <p>Implementations are single-threaded and reusable: {@link #reset(long)} starts a new episode.
 */
public interface MacroPlacementEnv {

    int columns();

    int rows();

    /** Number of steps of an episode: the number of hard macros to place. */
    int episodeLength();

    /** The static connectivity graph the policy's encoder runs over (same for every episode). */
    MacroGraph graph();

    /** Starts an episode; the seed drives any randomness of the environment (none by default). */
    Observation reset(long seed);

    /**
     * Places the current macro with its centre on the given cell. The action must be legal
     * ({@code observation.legalMask()[cell]}), otherwise IllegalArgumentException.
     */
    Step step(int cell);
}
