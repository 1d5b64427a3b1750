package io.macroplace.env.legal;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.PlcHeader;
import java.util.List;

/**
 * The placement area and its grid: canvas {@code width x height} microns, origin bottom-left, and
 * {@code columns x rows} cells. Blockages are areas hard macros may not overlap.
 */
public record Canvas(double width, double height, int columns, int rows, List<Blockage> blockages) {

    public Canvas {
        if (!(width > 0 && height > 0) || columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("canvas needs a positive size and grid: " + width + " x " + height
                    + ", " + columns + " x " + rows);
        }
        blockages = List.copyOf(blockages);
    }

    /** Canvas and grid from a .plc header; throws IllegalArgumentException naming what is missing. */
    public static Canvas of(PlcHeader header) {
        if (header.width().isEmpty() || header.height().isEmpty()) {
            throw new IllegalArgumentException("the .plc header gives no canvas Width/Height");
        }
        if (header.columns().isEmpty() || header.rows().isEmpty()) {
            throw new IllegalArgumentException("the .plc header gives no grid Columns/Rows");
        }
        return new Canvas(header.width().getAsDouble(), header.height().getAsDouble(),
                header.columns().getAsInt(), header.rows().getAsInt(), header.blockages());
    }

    /** Canvas, grid and blockages of proxy-cost settings. */
    public static Canvas of(CostSettings s) {
        return new Canvas(s.canvasWidth(), s.canvasHeight(), s.columns(), s.rows(), s.blockages());
    }

    public double cellWidth() {
        return width / columns;
    }

    public double cellHeight() {
        return height / rows;
    }

    public int cellCount() {
        return columns * rows;
    }

    /** Column of x, clamped into the grid. */
    public int column(double x) {
        int c = (int) Math.floor(x / cellWidth());
        return Math.max(0, Math.min(columns - 1, c));
    }

    public int row(double y) {
        int r = (int) Math.floor(y / cellHeight());
        return Math.max(0, Math.min(rows - 1, r));
    }

    /** Centre x of a column. */
    public double cellX(int column) {
        return (column + 0.5) * cellWidth();
    }

    public double cellY(int row) {
        return (row + 0.5) * cellHeight();
    }
}
