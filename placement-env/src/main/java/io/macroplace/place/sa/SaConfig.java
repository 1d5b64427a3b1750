package io.macroplace.place.sa;

import io.macroplace.place.sa.move.Flip;
import io.macroplace.place.sa.move.HardJump;
import io.macroplace.place.sa.move.HardShift;
import io.macroplace.place.sa.move.HardSwap;
import io.macroplace.place.sa.move.MoveGenerator;
import io.macroplace.place.sa.move.SoftShift;
import io.macroplace.place.sa.move.WeightedMove;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the simulated-annealing placer.
 *
 * @param moves       the move generators and their relative weights (a generator that does not
 *                    apply to a problem, e.g. flips without turning pins, drops out of the mix)
 * @param acceptStart probability of accepting an average uphill move at the start (sets T0)
 * @param coolTo      final temperature as a fraction of T0 (geometric cooling over the budget)
 * @param radiusStart initial shift radius, as a fraction of the canvas side
 * @param radiusEnd   final shift radius, as a fraction of a grid cell
 * @param softEvery   moves between force-directed soft-macro passes (kept only if they help); 0 = never
 * @param softAtStart run a force-directed soft-macro pass before annealing (kept only if it helps)
 * @param spacing     minimum gap between hard macros, microns
 * @param maxMoves    stop after this many evaluated moves, all threads together (draws without a
 *                    legal move do not count; the time budget may stop earlier); when set, cooling
 *                    follows the move count instead of the clock, so a seed repeats exactly for a
 *                    given number of threads
 * @param threads     annealing threads, one search state each
 * @param epochs      how often the threads meet to exchange placements over the schedule: at each
 *                    meeting every thread whose placement costs more than the best thread's takes
 *                    a copy of it (go with the winners); 1 = never, independent runs, best kept
 */
public record SaConfig(List<WeightedMove> moves, double acceptStart, double coolTo, double radiusStart,
                       double radiusEnd, long softEvery, boolean softAtStart, double spacing, long maxMoves,
                       int threads, int epochs) {

    public SaConfig {
        moves = List.copyOf(moves);
        double total = 0;
        for (WeightedMove w : moves) {
            total += w.weight();
        }
        if (!(total > 0) || !(acceptStart > 0 && acceptStart < 1) || !(coolTo > 0 && coolTo <= 1)
                || !(radiusStart > 0) || !(radiusEnd > 0) || softEvery < 0 || !(spacing >= 0) || maxMoves < 1
                || threads < 1 || epochs < 1) {
            throw new IllegalArgumentException("bad annealing settings");
        }
    }

    /**
     * Hard-macro shifts 0.35, swaps 0.1, soft-macro shifts 0.5, jumps 0.05 and (when pins turn)
     * flips 0.05; one thread per available processor, meeting 32 times. Measured on ariane133
     * from {@code legalized.plc} ({@code sa+cd}, two threads, cooling by move count, so the
     * figures do not depend on the machine's load):
     * <ul>
     * <li>4 M moves, no cd: a start accepting 1 % of average uphill moves reached 0.6063 and 0.6067
     * (seeds 1, 2), 3 % 0.6097 and 0.6095, 10 % 0.6177; chains meeting 8 times or never scored
     * alike (0.6097 / 0.6106 / 0.6129 against 0.6097 / 0.6095 / 0.6129, seeds 1-3), 64 times
     * worse (0.6117, 0.6121).
     * <li>16 M moves, seed 1, meeting 8 times: start accepting 1 % 0.5961, 0.3 % 0.5964, 3 %
     * 0.5991; cooling to 1e-4 of T0 instead of 1e-3 0.5972; meeting never 0.5984, 32 times
     * 0.5943, 128 times 0.5988. Seed 2: 8 meetings 0.5962, 32 meetings 0.5945, so 32 (about
     * 500 k moves per meeting here, as 8 meetings were at 4 M).
     * <li>32 meetings, 16 M moves, seed 1 (defaults 0.5943): radius ending at 0.5 cell 0.5962, at 2
     * cells 0.5981 (both won at 4 M, by noise); soft-shift weight 0.3 0.6011, 0.7 0.5952; hard-swap
     * 0.2 0.5989; no jumps 0.5994. At 4 M, seeds 1 and 2 (defaults 0.6103, 0.6087): shifting the
     * hottest of 4 random soft or hard macros (by their cell's congestion or density) lost on every
     * seed run (0.6129-0.6230 / 0.6091-0.6185); a force-directed soft pass every 500 k moves was never
     * kept. Congestion and density sit on plateaus of tied cell values set by the hard macros, so
     * no single move lowers their top-k sums ({@code benchmarks/README.md}, "Hotspot-directed moves").
     * </ul>
     */
    public static SaConfig defaults() {
        List<WeightedMove> moves = List.of(new WeightedMove(new HardShift(), 0.35),
                new WeightedMove(HardSwap.defaults(), 0.1), new WeightedMove(SoftShift.defaults(), 0.5),
                new WeightedMove(new HardJump(), 0.05), new WeightedMove(new Flip(), 0.05));
        return new SaConfig(moves, 0.01, 1e-3, 0.05, 0.2, 0, true, 0.0, Long.MAX_VALUE,
                Runtime.getRuntime().availableProcessors(), 32);
    }

    public SaConfig withMoves(List<WeightedMove> m) {
        return new SaConfig(m, acceptStart, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, spacing, maxMoves,
                threads, epochs);
    }

    /** The same mix with one generator's weight changed (matched by name), e.g. ("hard-swap", 0.2). */
    public SaConfig withMoveWeight(String name, double weight) {
        List<WeightedMove> m = new ArrayList<>();
        boolean found = false;
        for (WeightedMove w : moves) {
            found |= w.generator().name().equals(name);
            m.add(w.generator().name().equals(name) ? new WeightedMove(w.generator(), weight) : w);
        }
        if (!found) {
            throw new IllegalArgumentException("no move \"" + name + "\" in " + moves.stream()
                    .map(w -> w.generator().name()).toList());
        }
        return withMoves(m);
    }

    /** The same mix plus another generator. */
    public SaConfig withMove(MoveGenerator generator, double weight) {
        List<WeightedMove> m = new ArrayList<>(moves);
        m.add(new WeightedMove(generator, weight));
        return withMoves(m);
    }

    public SaConfig withAcceptStart(double p) {
        return new SaConfig(moves, p, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, spacing, maxMoves,
                threads, epochs);
    }

    public SaConfig withCoolTo(double fraction) {
        return new SaConfig(moves, acceptStart, fraction, radiusStart, radiusEnd, softEvery, softAtStart, spacing,
                maxMoves, threads, epochs);
    }

    public SaConfig withMaxMoves(long n) {
        return new SaConfig(moves, acceptStart, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, spacing, n,
                threads, epochs);
    }

    public SaConfig withRadius(double start, double end) {
        return new SaConfig(moves, acceptStart, coolTo, start, end, softEvery, softAtStart, spacing, maxMoves,
                threads, epochs);
    }

    public SaConfig withSoftEvery(long n) {
        return new SaConfig(moves, acceptStart, coolTo, radiusStart, radiusEnd, n, softAtStart, spacing, maxMoves,
                threads, epochs);
    }

    public SaConfig withSpacing(double s) {
        return new SaConfig(moves, acceptStart, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, s, maxMoves,
                threads, epochs);
    }

    public SaConfig withThreads(int n) {
        return new SaConfig(moves, acceptStart, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, spacing,
                maxMoves, n, epochs);
    }

    public SaConfig withEpochs(int n) {
        return new SaConfig(moves, acceptStart, coolTo, radiusStart, radiusEnd, softEvery, softAtStart, spacing,
                maxMoves, threads, n);
    }
}
