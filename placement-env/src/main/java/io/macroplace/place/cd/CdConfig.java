package io.macroplace.place.cd;

/**
 * Settings of coordinate descent.
 *
 * @param distance    candidate cells within this many cells (Manhattan, as Circuit Training's
 *                    {@code k_distance_bound}) of the macro's cell; the current position shifted by
 *                    half-cell steps within the same distance is tried too
 * @param passes      maximum passes over all hard macros (stops early when a pass gains nothing)
 * @param softBetween re-place soft macros by force between passes (kept only if it helps)
 * @param softDescent after each pass, move every soft macro by the best of eight directions at
 *                    one, a half and a quarter cell, as long as the proxy cost drops
 * @param spacing     minimum gap between hard macros, microns
 */
public record CdConfig(int distance, int passes, boolean softBetween, boolean softDescent, double spacing) {
    public CdConfig {
        if (distance < 0 || passes < 1 || !(spacing >= 0)) {
            throw new IllegalArgumentException("bad coordinate-descent settings");
        }
    }

    /** Distance 10, soft descent: 0.654 on ariane133 from a policy's placement (distance 5: 0.674; 2 without: 0.722). */
    public static CdConfig defaults() {
        return new CdConfig(10, 20, true, true, 0.0);
    }

    public CdConfig withDistance(int d) {
        return new CdConfig(d, passes, softBetween, softDescent, spacing);
    }

    public CdConfig withPasses(int p) {
        return new CdConfig(distance, p, softBetween, softDescent, spacing);
    }

    public CdConfig withSoftDescent(boolean on) {
        return new CdConfig(distance, passes, softBetween, on, spacing);
    }

    public CdConfig withSpacing(double s) {
        return new CdConfig(distance, passes, softBetween, softDescent, s);
    }
}
