package io.macroplace.env.model;

/**
 * Candidate centre positions: {@code nx x ny} points at the centres of a regular subdivision of the
 * canvas, flat index {@code j * nx + i}. With the cost grid's columns and rows these are the
 * grid-cell centres (the MDP's actions); finer grids give placers more room.
 */
public record PositionGrid(double width, double height, int nx, int ny) {
    public PositionGrid {
        if (!(width > 0 && height > 0) || nx <= 0 || ny <= 0) {
            throw new IllegalArgumentException("bad position grid " + width + " x " + height + ", " + nx + " x " + ny);
        }
    }

    public double dx() {
        return width / nx;
    }

    public double dy() {
        return height / ny;
    }

    public double x(int i) {
        return (i + 0.5) * width / nx;
    }

    public double y(int j) {
        return (j + 0.5) * height / ny;
    }

    public int size() {
        return nx * ny;
    }
}
