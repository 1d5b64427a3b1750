package io.macroplace.rl.train;

/** The lowest-cost episode of one design so far: its cells in placement order. */
public record BestPlacement(String design, double proxyCost, int iteration, int[] macroCells) {
}
