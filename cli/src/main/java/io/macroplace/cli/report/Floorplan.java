package io.macroplace.cli.report;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.PlcHeader;
import java.util.List;

/** The canvas a layout is drawn on: size in microns (origin bottom-left), placement grid, blockages. */
public record Floorplan(double width, double height, int cols, int rows, List<Blockage> blockages) {
    public Floorplan {
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("canvas size must be positive: " + width + " x " + height);
        }
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("grid must have at least one column and row: " + cols + " x " + rows);
        }
        blockages = List.copyOf(blockages);
    }

    /** Canvas, grid and blockages from a .plc header; it must give the canvas size and grid. */
    public static Floorplan of(PlcHeader header) {
        if (header.width().isEmpty() || header.height().isEmpty()) {
            throw new IllegalArgumentException("the .plc header gives no canvas Width/Height");
        }
        if (header.columns().isEmpty() || header.rows().isEmpty()) {
            throw new IllegalArgumentException("the .plc header gives no Columns/Rows");
        }
        return new Floorplan(header.width().getAsDouble(), header.height().getAsDouble(),
                header.columns().getAsInt(), header.rows().getAsInt(), header.blockages());
    }
}
