package io.macroplace.env.mdp;

/**
 * The sequential macro-placement MDP (AlphaChip / MaskPlace): hard macros are placed one per step
 * in a fixed order; an action is a cell of the action grid (flat index {@code row * columns + col})
 * for the current macro's centre. The action grid is the design's cost grid with each cell split
 * {@link #actionGridFactor()} times each way. Everything is plain arrays so that a policy in any framework can consume it.
 *
 * <p>Implementations are single-threaded and reusable: {@link #reset(long)} starts a new episode.
 */
public interface MacroPlacementEnv {

    /** Columns of the action grid. */
    int columns();

    /** Rows of the action grid. */
    int rows();

    /** Action cells per cost-grid cell, each way: columns() and rows() are multiples of it. */
    default int actionGridFactor() {
        return 1;
    }

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
