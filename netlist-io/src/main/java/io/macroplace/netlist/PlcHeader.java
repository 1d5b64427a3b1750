package io.macroplace.netlist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The settings and informational lines of a .plc header. Every setting is optional: a consumer
 * decides the default. {@code costs} holds the informational cost lines by their key as written
 * (e.g. "Wirelength", "Wirelength cost", "Density cost", "Congestion cost"), in order.
 *
 * <p>Two settings are macroplace's own, so that a written .plc names everything its cost lines
 * were computed with: {@code # Cost weights, wirelength : a  density : b  congestion : c} (the
 * proxy-cost weights, all three or none) and {@code # Pin mode : default|oriented}.
 *
 * @param weights the proxy-cost weights, or null
 * @param pinMode "default" or "oriented", or null
 */
public record PlcHeader(
        OptionalInt columns,
        OptionalInt rows,
        OptionalDouble width,
        OptionalDouble height,
        OptionalDouble routesPerMicronH,
        OptionalDouble routesPerMicronV,
        OptionalDouble macroRoutesH,
        OptionalDouble macroRoutesV,
        OptionalDouble smoothing,
        OptionalDouble overlapThreshold,
        Weights weights,
        String pinMode,
        String block,
        List<Blockage> blockages,
        Map<String, String> costs) {

    /** Proxy-cost weights of the wirelength, density and congestion terms. */
    public record Weights(double wirelength, double density, double congestion) {
        public Weights {
            if (!(wirelength >= 0 && density >= 0 && congestion >= 0) || Double.isInfinite(wirelength)
                    || Double.isInfinite(density) || Double.isInfinite(congestion)) {
                throw new IllegalArgumentException("cost weights must be finite and >= 0: " + wirelength + ", "
                        + density + ", " + congestion);
            }
        }
    }

    public static final PlcHeader EMPTY = new PlcHeader(OptionalInt.empty(), OptionalInt.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            null, null, null, List.of(), Map.of());

    public PlcHeader {
        if (pinMode != null && !pinMode.equals("default") && !pinMode.equals("oriented")) {
            throw new IllegalArgumentException("pin mode is \"default\" or \"oriented\": \"" + pinMode + "\"");
        }
        blockages = List.copyOf(blockages);
        costs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(costs));
    }

    public PlcHeader withGrid(int columns, int rows) {
        return new PlcHeader(OptionalInt.of(columns), OptionalInt.of(rows), width, height, routesPerMicronH,
                routesPerMicronV, macroRoutesH, macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block,
                blockages, costs);
    }

    public PlcHeader withCanvas(double width, double height) {
        return new PlcHeader(columns, rows, OptionalDouble.of(width), OptionalDouble.of(height), routesPerMicronH,
                routesPerMicronV, macroRoutesH, macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block,
                blockages, costs);
    }

    public PlcHeader withRoutes(double h, double v) {
        return new PlcHeader(columns, rows, width, height, OptionalDouble.of(h), OptionalDouble.of(v),
                macroRoutesH, macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block, blockages, costs);
    }

    public PlcHeader withMacroRoutes(double h, double v) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV,
                OptionalDouble.of(h), OptionalDouble.of(v), smoothing, overlapThreshold, weights, pinMode, block,
                blockages, costs);
    }

    public PlcHeader withSmoothing(double s) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, OptionalDouble.of(s), overlapThreshold, weights, pinMode, block, blockages, costs);
    }

    public PlcHeader withOverlapThreshold(double t) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, OptionalDouble.of(t), weights, pinMode, block, blockages, costs);
    }

    public PlcHeader withBlock(String block) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block, blockages, costs);
    }

    public PlcHeader withBlockages(List<Blockage> blockages) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block, blockages, costs);
    }

    public PlcHeader withWeights(double wirelength, double density, double congestion) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, new Weights(wirelength, density, congestion), pinMode,
                block, blockages, costs);
    }

    public PlcHeader withPinMode(String mode) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, weights, mode, block, blockages, costs);
    }

    public PlcHeader withCosts(Map<String, String> costs) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, weights, pinMode, block, blockages, costs);
    }
}
