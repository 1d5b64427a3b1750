package io.macroplace.env.move;

/** Exchanges the centres of two nodes (orientations stay with their nodes). */
public record SwapMove(int first, int second) implements Move {
    public SwapMove {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("node ids must be non-negative: " + first + ", " + second);
        }
        if (first == second) {
            throw new IllegalArgumentException("a swap needs two different nodes: " + first);
        }
    }
}
