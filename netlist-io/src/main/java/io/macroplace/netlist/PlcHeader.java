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
        String block,
        List<Blockage> blockages,
        Map<String, String> costs) {

    public static final PlcHeader EMPTY = new PlcHeader(OptionalInt.empty(), OptionalInt.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            null, List.of(), Map.of());

    public PlcHeader {
        blockages = List.copyOf(blockages);
        costs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(costs));
    }

    public PlcHeader withGrid(int columns, int rows) {
        return new PlcHeader(OptionalInt.of(columns), OptionalInt.of(rows), width, height, routesPerMicronH,
                routesPerMicronV, macroRoutesH, macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withCanvas(double width, double height) {
        return new PlcHeader(columns, rows, OptionalDouble.of(width), OptionalDouble.of(height), routesPerMicronH,
                routesPerMicronV, macroRoutesH, macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withRoutes(double h, double v) {
        return new PlcHeader(columns, rows, width, height, OptionalDouble.of(h), OptionalDouble.of(v),
                macroRoutesH, macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withMacroRoutes(double h, double v) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV,
                OptionalDouble.of(h), OptionalDouble.of(v), smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withSmoothing(double s) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, OptionalDouble.of(s), overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withOverlapThreshold(double t) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, OptionalDouble.of(t), block, blockages, costs);
    }

    public PlcHeader withBlock(String block) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withBlockages(List<Blockage> blockages) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }

    public PlcHeader withCosts(Map<String, String> costs) {
        return new PlcHeader(columns, rows, width, height, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothing, overlapThreshold, block, blockages, costs);
    }
}
