package io.macroplace.cli.report;

/**
 * What one run (one seed) of a method measured on the final placement: the proxy cost terms,
 * the proxy itself, HPWL in microns, wall time, and whether the placement was legal.
 */
public record SeedResult(double wirelength, double density, double congestion, double proxy, double hpwl,
                         double runtimeSeconds, boolean legal) {
    public SeedResult {
        check("wirelength", wirelength);
        check("density", density);
        check("congestion", congestion);
        check("proxy", proxy);
        check("hpwl", hpwl);
        check("runtimeSeconds", runtimeSeconds);
    }

    private static void check(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " is not finite: " + v);
        }
    }
}
