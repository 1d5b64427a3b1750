package io.macroplace.env.move;

import io.macroplace.netlist.Orientation;

/** Turns one macro to a new orientation about its centre. */
public record OrientMove(int node, Orientation orientation) implements Move {
    public OrientMove {
        if (node < 0) {
            throw new IllegalArgumentException("node id must be non-negative: " + node);
        }
        if (orientation == null) {
            throw new IllegalArgumentException("orientation is required");
        }
    }
}
