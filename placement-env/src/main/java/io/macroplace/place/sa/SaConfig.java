package io.macroplace.place.sa;

/**
 * Settings of the simulated-annealing placer. Move probabilities are relative weights.
 *
 * @param hardShift     weight of shifting a hard macro within the current radius
 * @param hardSwap      weight of swapping two hard macros of similar area
 * @param softShift     weight of shifting a soft macro within the current radius
 * @param hardJump      weight of moving a hard macro to a uniformly drawn canvas position
 * @param acceptStart   probability of accepting an average uphill move at the start (sets T0)
 * @param coolTo        final temperature as a fraction of T0 (geometric cooling over the budget)
 * @param radiusStart   initial shift radius, as a fraction of the canvas side
 * @param radiusEnd     final shift radius, as a fraction of a grid cell
 * @param softEvery     moves between force-directed soft-macro passes (kept only if they help); 0 = never
 * @param softAtStart   run a force-directed soft-macro pass before annealing (kept only if it helps)
 * @param spacing       minimum gap between hard macros, microns
 * @param maxMoves      stop after this many proposals (the time budget may stop earlier); when set,
 *                      cooling follows the move count instead of the clock, so a seed repeats exactly
 */
public record SaConfig(double hardShift, double hardSwap, double softShift, double hardJump, double acceptStart,
                       double coolTo, double radiusStart, double radiusEnd, long softEvery, boolean softAtStart,
                       double spacing, long maxMoves) {

    public SaConfig {
        if (!(hardShift >= 0 && hardSwap >= 0 && softShift >= 0 && hardJump >= 0)
                || !(hardShift + hardSwap + softShift + hardJump > 0)
                || !(acceptStart > 0 && acceptStart < 1) || !(coolTo > 0 && coolTo <= 1)
                || !(radiusStart > 0) || !(radiusEnd > 0) || softEvery < 0 || !(spacing >= 0) || maxMoves < 1) {
            throw new IllegalArgumentException("bad annealing settings");
        }
    }

    public static SaConfig defaults() {
        return new SaConfig(0.35, 0.1, 0.5, 0.05, 0.03, 1e-3, 0.05, 0.2, 0, true, 0.0, Long.MAX_VALUE);
    }

    public SaConfig withAcceptStart(double p) {
        return new SaConfig(hardShift, hardSwap, softShift, hardJump, p, coolTo, radiusStart, radiusEnd, softEvery,
                softAtStart, spacing, maxMoves);
    }

    public SaConfig withMaxMoves(long n) {
        return new SaConfig(hardShift, hardSwap, softShift, hardJump, acceptStart, coolTo, radiusStart, radiusEnd,
                softEvery, softAtStart, spacing, n);
    }

    public SaConfig withMoveWeights(double shift, double swap, double soft, double jump) {
        return new SaConfig(shift, swap, soft, jump, acceptStart, coolTo, radiusStart, radiusEnd, softEvery,
                softAtStart, spacing, maxMoves);
    }

    public SaConfig withRadius(double start, double end) {
        return new SaConfig(hardShift, hardSwap, softShift, hardJump, acceptStart, coolTo, start, end, softEvery,
                softAtStart, spacing, maxMoves);
    }

    public SaConfig withSoftEvery(long moves) {
        return new SaConfig(hardShift, hardSwap, softShift, hardJump, acceptStart, coolTo, radiusStart, radiusEnd,
                moves, softAtStart, spacing, maxMoves);
    }

    public SaConfig withSpacing(double s) {
        return new SaConfig(hardShift, hardSwap, softShift, hardJump, acceptStart, coolTo, radiusStart, radiusEnd,
                softEvery, softAtStart, s, maxMoves);
    }
}
