package io.macroplace.netlist.cluster;

/**
 * The canvas and placement grid a clustering is made for. Circuit Training's grouping uses them
 * three ways: ports are grouped along each edge in runs of one grid cell, clusters spanning more
 * than a quarter of the canvas's side ({@code sqrt(width * height / 16)}) are split by location,
 * and a soft macro is one grid column wide.
 */
public record ClusterCanvas(double width, double height, int columns, int rows) {
    public ClusterCanvas {
        if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("canvas must be positive and finite: " + width + " x " + height);
        }
        if (columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("grid must have at least one cell: " + columns + " x " + rows);
        }
    }

    public double cellWidth() {
        return width / columns;
    }

    public double cellHeight() {
        return height / rows;
    }

    /** Circuit Training's break-up distance: a quarter of the side of a square canvas of this area. */
    public double breakupThreshold() {
        return Math.sqrt(width * height / 16.0);
    }
}
