package io.macroplace.netlist.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multilevel bisection, the scheme of hMETIS: coarsen by first-choice clustering
 * ({@link Coarsening}) until about {@code coarsestSize} vertices remain, bisect the coarsest
 * hypergraph several times by greedy growing plus FM and keep the best, then project back level by
 * level, refining with FM ({@link FmRefiner}) at each.
 */
final class Bisection {
    /**
     * @param coarsestSize stop coarsening at this many vertices
     * @param maxRatedNet  nets larger than this do not rate pairs while coarsening
     * @param initialTries bisections of the coarsest hypergraph, the best kept
     * @param fmPasses     most FM passes per level
     * @param runs         independent multilevel bisections per split, the best kept (hMETIS's Nruns)
     */
    record Settings(int coarsestSize, int maxRatedNet, int initialTries, int fmPasses, int runs) {
        Settings {
            if (coarsestSize < 2 || maxRatedNet < 2 || initialTries < 1 || fmPasses < 0 || runs < 1) {
                throw new IllegalArgumentException("bad bisection settings");
            }
        }

        Settings withRuns(int r) {
            return new Settings(coarsestSize, maxRatedNet, initialTries, fmPasses, r);
        }

        static Settings defaults() {
            return new Settings(160, 64, 8, 6, 3);
        }
    }

    private Bisection() {
    }

    /**
     * Splits {@code h} into side 0 of weight about {@code target0} and side 1 of the rest, each
     * within a factor {@code 1 + eps} of its target, with the least weight of cut nets found.
     *
     * @param fixed per vertex -1 (free) or the side it must take
     * @return the side of every vertex
     */
    static byte[] bisect(Hypergraph h, byte[] fixed, double target0, double eps, Settings s, SplittableRandom rng) {
        Result best = null;
        for (int r = 0; r < s.runs(); r++) {
            Result run = bisectOnce(h, fixed, target0, eps, s, rng);
            if (best == null || run.betterThan(best, h.totalWeight)) {
                best = run;
            }
        }
        return best.side();
    }

    /** A bisection with its cut and its overload (weight above the sides' maxima). */
    private record Result(byte[] side, double cut, double overload) {
        boolean betterThan(Result o, double total) {
            double tolerance = 1e-12 * total;
            return overload < o.overload - tolerance || overload <= o.overload + tolerance && cut < o.cut;
        }
    }

    private static Result bisectOnce(Hypergraph h, byte[] fixed, double target0, double eps, Settings s,
                                     SplittableRandom rng) {
        double total = h.totalWeight;
        double max0 = target0 * (1 + eps);
        double max1 = (total - target0) * (1 + eps);
        List<Coarsening.Level> levels = new ArrayList<>();
        Hypergraph current = h;
        byte[] currentFixed = fixed;
        double cap = 1.5 * total / s.coarsestSize();
        while (current.vertexCount > s.coarsestSize()) {
            Coarsening.Level level = Coarsening.coarsen(current, currentFixed, cap, s.maxRatedNet(), rng);
            if (level.coarse().vertexCount > 0.95 * current.vertexCount) {
                break;
            }
            levels.add(level);
            current = level.coarse();
            currentFixed = level.fixed();
        }
        Result result = initial(current, currentFixed, target0, max0, max1, s, rng);
        for (int i = levels.size() - 1; i >= 0; i--) {
            Hypergraph fine = i == 0 ? h : levels.get(i - 1).coarse();
            byte[] fineFixed = i == 0 ? fixed : levels.get(i - 1).fixed();
            int[] map = levels.get(i).map();
            byte[] fineSide = new byte[fine.vertexCount];
            for (int v = 0; v < fine.vertexCount; v++) {
                fineSide[v] = result.side()[map[v]];
            }
            FmRefiner fm = new FmRefiner(fine, fineFixed, max0, max1);
            double cut = fm.refine(fineSide, s.fmPasses());
            result = new Result(fineSide, cut, fm.overload());
        }
        return result;
    }

    /** The best of several greedy-growing bisections, each refined by FM. */
    private static Result initial(Hypergraph h, byte[] fixed, double target0, double max0, double max1, Settings s,
                                  SplittableRandom rng) {
        FmRefiner fm = new FmRefiner(h, fixed, max0, max1);
        Result best = null;
        for (int t = 0; t < s.initialTries(); t++) {
            int to = t % 2;
            byte[] side = new byte[h.vertexCount];
            for (int v = 0; v < h.vertexCount; v++) {
                side[v] = fixed[v] >= 0 ? fixed[v] : (byte) (1 - to);
            }
            fm.grow(side, to, to == 0 ? target0 : h.totalWeight - target0, rng);
            Result r = new Result(side, fm.refine(side, s.fmPasses()), fm.overload());
            if (best == null || r.betterThan(best, h.totalWeight)) {
                best = r;
            }
        }
        return best;
    }
}
