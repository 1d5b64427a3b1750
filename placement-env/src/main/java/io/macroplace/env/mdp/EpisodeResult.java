package io.macroplace.env.mdp;

/**
 * The finished episode: hard macros placed, soft macros placed, proxy cost computed.
 *
 * @param macroCells the cell chosen for each step's macro
 * @param macroX     centre x of each hard macro in placement order
 * @param macroY     centre y of each hard macro in placement order
 */
public record EpisodeResult(double proxyCost, double wirelengthCost, double densityCost,
                            double congestionCost, double hpwl, int[] macroCells,
                            double[] macroX, double[] macroY) {
}
