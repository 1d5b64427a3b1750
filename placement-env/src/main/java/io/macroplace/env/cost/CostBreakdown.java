package io.macroplace.env.cost;

/**
 * The proxy cost and its parts. {@code density} and {@code congestion} are the terms as
 * Circuit Training reports them (density already includes its factor 0.5); {@code proxy} is the
 * weighted sum with the settings' weights.
 */
public record CostBreakdown(double hpwl, double wirelength, double density, double congestion, double proxy) {

    /** Weighted sum of the three terms. */
    public static CostBreakdown of(double hpwl, double wirelength, double density, double congestion,
                                   CostSettings s) {
        return new CostBreakdown(hpwl, wirelength, density, congestion,
                s.wirelengthWeight() * wirelength + s.densityWeight() * density + s.congestionWeight() * congestion);
    }
}
