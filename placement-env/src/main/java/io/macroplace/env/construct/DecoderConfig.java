package io.macroplace.env.construct;

/**
 * Settings of the WireMask decoder ({@link GreedyDecoder}): the grid of candidate points and the pin
 * rules that the greedy, random and EA placers and the {@link Legalizer} decode with.
 *
 * @param resolution        candidate points per grid cell along each axis (1 = the cost grid's cell
 *                          centres, as in the MDP; 2 = four points per cell ...)
 * @param spacing           minimum gap between hard macros, microns
 * @param softPinsFromInput count soft-macro pins at their input positions while hard macros are
 *                          placed (else only ports, fixed nodes and placed hard macros count)
 * @param tieSlack          points within this fraction of the HPWL-increase range above the least
 *                          count as ties, broken by the gene (0 for plain greedy; the EA uses more)
 */
public record DecoderConfig(int resolution, double spacing, boolean softPinsFromInput, double tieSlack) {
    public DecoderConfig {
        if (resolution < 1 || !(spacing >= 0) || !(tieSlack >= 0 && tieSlack <= 1)) {
            throw new IllegalArgumentException("bad decoder settings: resolution " + resolution + ", spacing " + spacing);
        }
    }

    public static DecoderConfig defaults() {
        return new DecoderConfig(1, 0.0, true, 0.0);
    }

    public DecoderConfig withResolution(int r) {
        return new DecoderConfig(r, spacing, softPinsFromInput, tieSlack);
    }

    public DecoderConfig withSoftPinsFromInput(boolean b) {
        return new DecoderConfig(resolution, spacing, b, tieSlack);
    }

    public DecoderConfig withSpacing(double s) {
        return new DecoderConfig(resolution, s, softPinsFromInput, tieSlack);
    }

    public DecoderConfig withTieSlack(double t) {
        return new DecoderConfig(resolution, spacing, softPinsFromInput, t);
    }
}
