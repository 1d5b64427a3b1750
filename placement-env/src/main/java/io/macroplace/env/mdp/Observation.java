package io.macroplace.env.mdp;

/**
 * What the policy sees before step {@code step}. Grid maps are on the action grid: {@code rows *
 * columns} floats, flat index {@code row * columns + col}.
 *
 * @param step          index of the macro to place now, 0-based
 * @param currentNode   graph node of the current macro ({@link MacroGraph#macroNode()})
 * @param occupancy     area fraction of each action cell covered by placed hard macros (and by
 *                      fixed soft macros, and soft macros at their input positions when they
 *                      count as placed), clipped to [0, 1]
 * @param wireMask      HPWL increase of putting the current macro on each cell, scaled to [0, 1]
 *                      over the legal cells (0 = best), 1 on illegal cells
 * @param positionMask  1 where the current macro's centre may go, else 0
 * @param legalMask     the same as positionMask, as booleans, for samplers
 * @param current       width, height of the current macro divided by the canvas width, height
 * @param next          the same for the next macro (zeros at the last step)
 * @param placed        1 for each graph node whose position is decided, else 0
 * @param nodeX         normalised centre x of each graph node (0 for unplaced macros)
 * @param nodeY         normalised centre y of each graph node
 */
public record Observation(int step, int currentNode, float[] occupancy, float[] wireMask,
                          float[] positionMask, boolean[] legalMask, float[] current, float[] next,
                          float[] placed, float[] nodeX, float[] nodeY) {
}
