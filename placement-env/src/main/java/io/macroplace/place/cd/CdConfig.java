package io.macroplace.place.cd;

/**
 * Settings of coordinate descent.
 *
 * @param distance   candidate cells within this many cells (Chebyshev) of the macro's cell; the
 *                   current position shifted by half-cell steps within the same distance is tried too
 * @param passes     maximum passes over all hard macros (stops early when a pass gains nothing)
 * @param softBetween re-place soft macros by force between passes (kept only if it helps)
 * @param spacing    minimum gap between hard macros, microns
 */
public record CdConfig(int distance, int passes, boolean softBetween, double spacing) {
    public CdConfig {
        if (distance < 0 || passes < 1 || !(spacing >= 0)) {
            throw new IllegalArgumentException("bad coordinate-descent settings");
        }
    }

    public static CdConfig defaults() {
        return new CdConfig(2, 20, true, 0.0);
    }

    public CdConfig withDistance(int d) {
        return new CdConfig(d, passes, softBetween, spacing);
    }

    public CdConfig withPasses(int p) {
        return new CdConfig(distance, p, softBetween, spacing);
    }

    public CdConfig withSpacing(double s) {
        return new CdConfig(distance, passes, softBetween, s);
    }
}
