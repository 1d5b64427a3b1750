package io.macroplace.netlist.generate;

import java.util.List;

/**
 * What {@link DesignGenerator} makes. Immutable; {@link #defaults()} is an ariane133-like clustered
 * netlist (133 hard macros, 782 soft macros, 495 ports, about 45k net pins); change fields with the
 * {@code withX} copies. Every value is checked in the constructor.
 *
 * @param hardMacros       number of hard macros (SRAM-like shapes from a small catalogue); default 133
 * @param softMacros       number of soft macros (standard-cell clusters, names {@code Grp_i}); default 782
 * @param ports            number of I/O ports, spread over the four canvas edges; default 495
 * @param hardMacroPins    pins per hard macro, on its edges; default 59 (as ariane133's SRAMs)
 * @param softMacroPins    pins per soft macro, at its centre; default 14 (CT's clustered netlists
 *                         give a cluster one input and several outputs; 1 is a legal minimum)
 * @param utilisation      (hard + soft macro area) / canvas area, used when canvasWidth is 0 (the derived
 *                         canvas grows where one macro alone, or the hard macros' shelves, would not
 *                         fit: small designs end less dense); default 0.7
 * @param aspectRatio      canvas height / width when the canvas is derived; default 1
 * @param canvasWidth      canvas width in microns, or 0 to derive it from utilisation; default 0
 * @param canvasHeight     canvas height in microns, or 0 to derive it; both or neither must be 0
 * @param gridCols         placement grid columns, or 0 for about 0.8 sqrt(hard + soft) (24 for ariane); default 0
 * @param gridRows         placement grid rows, or 0 to make grid cells about square; default 0
 * @param driverFraction   share of all pins and ports that drive a net (each drives at most one, so
 *                         the design is expressible as a CT netlist; every port drives one, so the
 *                         share is at least ports / terminals); default 0.65
 * @param maxNetDegree     largest net (pins, driver included); default 50
 * @param netSpread        standard deviation of a sink's distance from its driver in the hidden
 *                         reference layout, as a fraction of the canvas side, for a 2-pin net (grows
 *                         with sqrt(degree/2)); default 0.05
 * @param globalSinkShare  share of sinks drawn anywhere on the canvas (long wires); default 0.05
 * @param softPinWeightMax largest weight of a soft-macro pin (N merged wires); 1 disables; default 16
 * @param routesPerMicronH header: horizontal routing tracks per micron; default 57.031
 * @param routesPerMicronV header: vertical routing tracks per micron; default 56.818
 * @param macroRoutesH     header: horizontal tracks per micron used by macros; default 39.583
 * @param macroRoutesV     header: vertical tracks per micron used by macros; default 30.303
 * @param smoothing        header: congestion smoothing range; default 0
 * @param seed             random seed; the same config gives the same design, array for array
 * @param hardShapes       the hard-macro shapes to draw from, with their odds; empty (the default)
 *                         for the built-in SRAM catalogue (ariane133's 57.57 x 133 and kin)
 */
public record GeneratorConfig(
        int hardMacros,
        int softMacros,
        int ports,
        int hardMacroPins,
        int softMacroPins,
        double utilisation,
        double aspectRatio,
        double canvasWidth,
        double canvasHeight,
        int gridCols,
        int gridRows,
        double driverFraction,
        int maxNetDegree,
        double netSpread,
        double globalSinkShare,
        int softPinWeightMax,
        double routesPerMicronH,
        double routesPerMicronV,
        double macroRoutesH,
        double macroRoutesV,
        double smoothing,
        long seed,
        List<HardShape> hardShapes) {

    public GeneratorConfig {
        hardShapes = hardShapes == null ? List.of() : List.copyOf(hardShapes);
        requireAtLeast("hardMacros", hardMacros, 0);
        requireAtLeast("softMacros", softMacros, 0);
        requireAtLeast("ports", ports, 0);
        requireAtLeast("hardMacroPins", hardMacroPins, 1);
        requireAtLeast("softMacroPins", softMacroPins, 1);
        requireAtLeast("maxNetDegree", maxNetDegree, 2);
        requireAtLeast("softPinWeightMax", softPinWeightMax, 1);
        requireAtLeast("gridCols", gridCols, 0);
        requireAtLeast("gridRows", gridRows, 0);
        if (hardMacros + softMacros == 0) {
            throw new IllegalArgumentException("a design needs at least one macro");
        }
        if (hardMacros + softMacros + ports < 2) {
            throw new IllegalArgumentException("nets need at least two macros or ports to join");
        }
        if ((long) hardMacros * hardMacroPins + (long) softMacros * softMacroPins + ports > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("design too large for int ids");
        }
        requireIn("utilisation", utilisation, 1e-6, 1);
        requireIn("aspectRatio", aspectRatio, 1e-3, 1e3);
        requireIn("driverFraction", driverFraction, 1e-9, 1);
        requireIn("netSpread", netSpread, 1e-9, 10);
        requireIn("globalSinkShare", globalSinkShare, 0, 1);
        if ((canvasWidth == 0) != (canvasHeight == 0)) {
            throw new IllegalArgumentException("give both canvasWidth and canvasHeight, or neither (0)");
        }
        if (!(canvasWidth >= 0 && canvasHeight >= 0) || Double.isInfinite(canvasWidth) || Double.isInfinite(canvasHeight)) {
            throw new IllegalArgumentException("canvas size must be finite and >= 0: " + canvasWidth + " x " + canvasHeight);
        }
        for (double r : new double[] {routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV, smoothing}) {
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("routing settings must be finite and >= 0");
            }
        }
    }

    /** An ariane133-like clustered design, seed 1. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(133, 782, 495, 59, 14, 0.7, 1.0, 0, 0, 0, 0,
                0.65, 50, 0.05, 0.05, 16, 57.031, 56.818, 39.583, 30.303, 0, 1L, List.of());
    }

    /**
     * This design with every count (macros, ports) multiplied by {@code factor} and the canvas
     * re-derived: {@code scaled(10)} and {@code scaled(100)} of the defaults give about 0.45M
     * and 4.5M net pins. The grid is re-derived too unless it was given.
     */
    public GeneratorConfig scaled(int factor) {
        requireAtLeast("factor", factor, 1);
        return new GeneratorConfig(hardMacros * factor, softMacros * factor, ports * factor, hardMacroPins,
                softMacroPins, utilisation, aspectRatio, 0, 0, gridCols, gridRows, driverFraction, maxNetDegree,
                netSpread, globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, seed, hardShapes);
    }

    public GeneratorConfig withSeed(long seed) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    public GeneratorConfig withCounts(int hardMacros, int softMacros, int ports) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    public GeneratorConfig withPins(int hardMacroPins, int softMacroPins) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    /** Derive the canvas from this utilisation and aspect ratio (clears a given canvas size). */
    public GeneratorConfig withUtilisation(double utilisation, double aspectRatio) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, 0, 0, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    public GeneratorConfig withCanvas(double width, double height) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, width, height, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    public GeneratorConfig withGrid(int cols, int rows) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, cols, rows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    public GeneratorConfig withNets(double driverFraction, int maxNetDegree, double netSpread, double globalSinkShare) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, hardShapes);
    }

    /** Hard macros drawn from these shapes instead of the built-in catalogue (empty: the catalogue). */
    public GeneratorConfig withHardShapes(List<HardShape> shapes) {
        return new GeneratorConfig(hardMacros, softMacros, ports, hardMacroPins, softMacroPins, utilisation,
                aspectRatio, canvasWidth, canvasHeight, gridCols, gridRows, driverFraction, maxNetDegree, netSpread,
                globalSinkShare, softPinWeightMax, routesPerMicronH, routesPerMicronV, macroRoutesH, macroRoutesV,
                smoothing, seed, shapes);
    }

    /** Number of pins and ports: the nodes nets connect. */
    public long terminals() {
        return (long) hardMacros * hardMacroPins + (long) softMacros * softMacroPins + ports;
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
    }

    private static void requireIn(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + value);
        }
    }
}
