package io.macroplace.env.move;

/** Moves one node (hard macro, soft macro, port or cell) so that its centre is at (x, y). */
public record ShiftMove(int node, double x, double y) implements Move {
    public ShiftMove {
        if (node < 0) {
            throw new IllegalArgumentException("node id must be non-negative: " + node);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("target position must be finite: " + x + ", " + y);
        }
    }
}
