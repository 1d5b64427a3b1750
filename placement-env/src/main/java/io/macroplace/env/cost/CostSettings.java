package io.macroplace.env.cost;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.PlcHeader;
import java.util.List;

/**
 * Everything the proxy cost needs besides the netlist and the placement. Immutable; change a copy
 * with the {@code withX} methods. {@link #resolve(Netlist, PlcHeader)} takes a .plc header's values
 * and falls back to Circuit Training's defaults.
 *
 * @param smoothingRange congestion smoothing range r in cells (CT floors the header's factor)
 * @param blockages      placement blockages from the header; carried for placers, not part of the cost
 */
public record CostSettings(
        double canvasWidth,
        double canvasHeight,
        int columns,
        int rows,
        double routesPerMicronH,
        double routesPerMicronV,
        double macroRoutesH,
        double macroRoutesV,
        int smoothingRange,
        double wirelengthWeight,
        double densityWeight,
        double congestionWeight,
        List<Blockage> blockages,
        PinMode pinMode) {

    public static final double DEFAULT_ROUTES_H = 70.33;
    public static final double DEFAULT_ROUTES_V = 74.51;
    public static final double DEFAULT_MACRO_ROUTES_H = 51.79;
    public static final double DEFAULT_MACRO_ROUTES_V = 51.79;
    public static final int DEFAULT_SMOOTHING = 5;
    /** Grid bounds of the default-grid heuristic (CT's grid search explores 10..128). */
    static final int MIN_GRID = 10;
    static final int MAX_GRID = 128;

    public CostSettings {
        if (!(canvasWidth > 0 && canvasHeight > 0) || Double.isInfinite(canvasWidth) || Double.isInfinite(canvasHeight)) {
            throw new IllegalArgumentException("canvas must be positive and finite: " + canvasWidth + " x " + canvasHeight);
        }
        if (columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("grid must have at least one cell: " + columns + " x " + rows);
        }
        if (!(routesPerMicronH > 0 && routesPerMicronV > 0)) {
            throw new IllegalArgumentException("routes per micron must be positive");
        }
        if (!(macroRoutesH >= 0 && macroRoutesV >= 0)) {
            throw new IllegalArgumentException("macro routes must be non-negative");
        }
        if (smoothingRange < 0) {
            throw new IllegalArgumentException("smoothing range must be non-negative: " + smoothingRange);
        }
        if (!(wirelengthWeight >= 0 && densityWeight >= 0 && congestionWeight >= 0)) {
            throw new IllegalArgumentException("cost weights must be non-negative");
        }
        blockages = List.copyOf(blockages);
        if (pinMode == null) {
            throw new IllegalArgumentException("pin mode is required");
        }
    }

    /**
     * Settings from a .plc header where it has them (macroplace's own headers also name the cost
     * weights and pin mode), CT's defaults otherwise (weights 1 / 0.5 / 0.5, default pins). Without a canvas in
     * the header the canvas is the bounding box, from the origin, of every positioned port and
     * macro; without a grid, columns and rows are chosen so that a cell is about as large as the
     * mean hard macro (clamped to 10..128 per side, CT's grid-search range).
     */
    public static CostSettings resolve(Netlist netlist, PlcHeader header) {
        PlcHeader h = header == null ? PlcHeader.EMPTY : header;
        double w;
        double ht;
        if (h.width().isPresent() && h.height().isPresent()) {
            w = h.width().getAsDouble();
            ht = h.height().getAsDouble();
        } else {
            double[] box = extent(netlist);
            w = box[0];
            ht = box[1];
        }
        int cols;
        int rows;
        if (h.columns().isPresent() && h.rows().isPresent()) {
            cols = h.columns().getAsInt();
            rows = h.rows().getAsInt();
        } else {
            double cell = Math.sqrt(meanHardMacroArea(netlist));
            cols = gridSide(w, cell);
            rows = gridSide(ht, cell);
        }
        PlcHeader.Weights weights = h.weights() != null ? h.weights() : new PlcHeader.Weights(1.0, 0.5, 0.5);
        return new CostSettings(w, ht, cols, rows,
                h.routesPerMicronH().orElse(DEFAULT_ROUTES_H),
                h.routesPerMicronV().orElse(DEFAULT_ROUTES_V),
                h.macroRoutesH().orElse(DEFAULT_MACRO_ROUTES_H),
                h.macroRoutesV().orElse(DEFAULT_MACRO_ROUTES_V),
                h.smoothing().isPresent() ? (int) Math.floor(h.smoothing().getAsDouble()) : DEFAULT_SMOOTHING,
                weights.wirelength(), weights.density(), weights.congestion(), h.blockages(),
                "oriented".equals(h.pinMode()) ? PinMode.ORIENTED : PinMode.DEFAULT);
    }

    public double cellWidth() {
        return canvasWidth / columns;
    }

    public double cellHeight() {
        return canvasHeight / rows;
    }

    public int cellCount() {
        return columns * rows;
    }

    public CostSettings withCanvas(double width, double height) {
        return new CostSettings(width, height, columns, rows, routesPerMicronH, routesPerMicronV, macroRoutesH,
                macroRoutesV, smoothingRange, wirelengthWeight, densityWeight, congestionWeight, blockages, pinMode);
    }

    public CostSettings withGrid(int columns, int rows) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV,
                macroRoutesH, macroRoutesV, smoothingRange, wirelengthWeight, densityWeight, congestionWeight,
                blockages, pinMode);
    }

    public CostSettings withRoutesPerMicron(double h, double v) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, h, v, macroRoutesH, macroRoutesV,
                smoothingRange, wirelengthWeight, densityWeight, congestionWeight, blockages, pinMode);
    }

    public CostSettings withMacroRoutes(double h, double v) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV, h, v,
                smoothingRange, wirelengthWeight, densityWeight, congestionWeight, blockages, pinMode);
    }

    public CostSettings withSmoothingRange(int range) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV,
                macroRoutesH, macroRoutesV, range, wirelengthWeight, densityWeight, congestionWeight, blockages,
                pinMode);
    }

    public CostSettings withWeights(double wirelength, double density, double congestion) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV,
                macroRoutesH, macroRoutesV, smoothingRange, wirelength, density, congestion, blockages, pinMode);
    }

    public CostSettings withBlockages(List<Blockage> blockages) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV,
                macroRoutesH, macroRoutesV, smoothingRange, wirelengthWeight, densityWeight, congestionWeight,
                blockages, pinMode);
    }

    public CostSettings withPinMode(PinMode mode) {
        return new CostSettings(canvasWidth, canvasHeight, columns, rows, routesPerMicronH, routesPerMicronV,
                macroRoutesH, macroRoutesV, smoothingRange, wirelengthWeight, densityWeight, congestionWeight,
                blockages, mode);
    }

    private static double[] extent(Netlist n) {
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < n.nodeCount(); i++) {
            NodeKind k = n.kind(i);
            if (k.isPin() || Double.isNaN(n.x(i)) || Double.isNaN(n.y(i))) {
                continue;
            }
            maxX = Math.max(maxX, n.x(i) + n.width(i) / 2);
            maxY = Math.max(maxY, n.y(i) + n.height(i) / 2);
        }
        if (maxX > 0 && maxY > 0) {
            return new double[] {maxX, maxY};
        }
        // nothing positioned: a square holding all macro area at 50% utilisation
        double area = 0;
        for (int i = 0; i < n.nodeCount(); i++) {
            if (n.kind(i).isMacro() || n.kind(i) == NodeKind.STDCELL) {
                area += n.width(i) * n.height(i);
            }
        }
        double side = area > 0 ? Math.sqrt(area / 0.5) : 1.0;
        return new double[] {side, side};
    }

    private static double meanHardMacroArea(Netlist n) {
        int[] hard = n.nodesOf(NodeKind.HARD_MACRO);
        double sum = 0;
        for (int m : hard) {
            sum += n.width(m) * n.height(m);
        }
        return hard.length == 0 ? 0 : sum / hard.length;
    }

    private static int gridSide(double length, double cell) {
        if (!(cell > 0)) {
            return MIN_GRID;
        }
        long side = Math.round(length / cell);
        return (int) Math.max(MIN_GRID, Math.min(MAX_GRID, side));
    }
}
