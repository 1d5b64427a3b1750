package io.macroplace.place.greedy;

/**
 * Settings of the WireMask greedy placer and decoder.
 *
 * @param resolution        candidate points per grid cell along each axis (1 = the cost grid's cell
 *                          centres, as in the MDP; 2 = four points per cell ...)
 * @param spacing           minimum gap between hard macros, microns
 * @param softPinsFromInput count soft-macro pins at their input positions while hard macros are
 *                          placed (else only ports, fixed nodes and placed hard macros count)
 * @param tieSlack          points within this fraction of the HPWL-increase range above the least
 *                          count as ties, broken by the gene (0 for plain greedy; the EA uses more)
 */
public record GreedyConfig(int resolution, double spacing, boolean softPinsFromInput, double tieSlack) {
    public GreedyConfig {
        if (resolution < 1 || !(spacing >= 0) || !(tieSlack >= 0 && tieSlack <= 1)) {
            throw new IllegalArgumentException("bad greedy settings: resolution " + resolution + ", spacing " + spacing);
        }
    }

    public static GreedyConfig defaults() {
        return new GreedyConfig(1, 0.0, true, 0.0);
    }

    public GreedyConfig withResolution(int r) {
        return new GreedyConfig(r, spacing, softPinsFromInput, tieSlack);
    }

    public GreedyConfig withSoftPinsFromInput(boolean b) {
        return new GreedyConfig(resolution, spacing, b, tieSlack);
    }

    public GreedyConfig withSpacing(double s) {
        return new GreedyConfig(resolution, s, softPinsFromInput, tieSlack);
    }

    public GreedyConfig withTieSlack(double t) {
        return new GreedyConfig(resolution, spacing, softPinsFromInput, t);
    }
}
