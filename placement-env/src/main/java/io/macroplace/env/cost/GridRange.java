package io.macroplace.env.cost;

/**
 * The cells a rectangle may cover, by the reference's rule: rows and columns of its lower-left
 * and upper-right corners (floor, not clamped first), the rectangle skipped when its upper-right
 * corner lies left of or below the canvas, then clamped into the grid. A corner exactly on a grid
 * line therefore includes the cell beyond it, with zero overlap: that matters for the routing
 * blockage's partial-coverage rule.
 */
final class GridRange {
    int col0;
    int col1;
    int row0;
    int row1;

    /** Sets the inclusive ranges; false when the rectangle is skipped (then the ranges are empty). */
    boolean of(CostModel m, double xMin, double yMin, double xMax, double yMax) {
        int urRow = (int) Math.floor(yMax / m.cellHeight);
        int urCol = (int) Math.floor(xMax / m.cellWidth);
        int blRow = (int) Math.floor(yMin / m.cellHeight);
        int blCol = (int) Math.floor(xMin / m.cellWidth);
        if (urRow < 0 || urCol < 0) {
            col0 = 0;
            col1 = -1;
            row0 = 0;
            row1 = -1;
            return false;
        }
        row0 = Math.max(blRow, 0);
        col0 = Math.max(blCol, 0);
        row1 = Math.min(urRow, m.rows - 1);
        col1 = Math.min(urCol, m.columns - 1);
        return true;
    }
}
