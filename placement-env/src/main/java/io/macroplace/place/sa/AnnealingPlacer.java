package io.macroplace.place.sa;

import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementProblem;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.model.MacroNetModel;
import io.macroplace.place.search.SearchState;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Simulated annealing on the exact incremental proxy cost, from the problem's initial placement
 * (which must have legal hard macros: run it after a constructive stage, or on a legal input).
 * Moves: hard-macro shifts within a shrinking radius, jumps anywhere, swaps of hard macros of
 * similar area, soft-macro shifts. Only legal hard-macro moves are proposed ({@link SearchState}
 * checks them against a bucket index), so the result is legal. Temperature cools geometrically
 * over the time budget from a T0 that accepts an average uphill move with probability
 * {@link SaConfig#acceptStart()}. Returns the best placement seen.
 */
public final class AnnealingPlacer implements Placer {
    private static final int SAMPLE_MOVES = 300;
    private final SaConfig config;

    public AnnealingPlacer(SaConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "sa";
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        SplittableRandom rng = new SplittableRandom(seed);
        SearchState s = new SearchState(problem, PlacerSupport.legalStart(problem), config.spacing());
        if (config.softAtStart()) {
            s.replaceSoftMacros();
        }
        Moves moves = new Moves(problem, s, config, rng);
        // T0 from the mean uphill change of a sample of moves at the start radius
        double up = 0;
        int ups = 0;
        for (int i = 0; i < SAMPLE_MOVES; i++) {
            double d = moves.propose(0);
            if (Double.isNaN(d)) {
                continue;
            }
            s.revert();
            if (d > 0) {
                up += d;
                ups++;
            }
        }
        double t0 = ups == 0 ? 1e-6 : -(up / ups) / Math.log(config.acceptStart());
        long count = 0;
        double frac = 0;
        double temperature = t0;
        while (count < config.maxMoves()) {
            if ((count & 63) == 0) {
                if (deadline.over()) {
                    break;
                }
                frac = deadline.fraction();
                temperature = t0 * Math.pow(config.coolTo(), frac);
                if ((count & 16383) == 0) {
                    listener.progress(name(), frac, s.best());
                }
                if (config.softEvery() > 0 && count > 0 && count % config.softEvery() < 64) {
                    s.replaceSoftMacros();
                }
            }
            count++;
            double d = moves.propose(frac);
            if (Double.isNaN(d)) {
                continue;
            }
            if (d <= 0 || rng.nextDouble() < Math.exp(-d / temperature)) {
                moves.commit();
            } else {
                s.revert();
            }
        }
        return PlacerSupport.finish(problem, name(), s.bestPlacement(), deadline.elapsed(), deadline.cancelled());
    }

    /** Draws and proposes one legal move; remembers what to commit. */
    static final class Moves {
        private final SearchState s;
        private final MacroNetModel m;
        private final SaConfig c;
        private final SplittableRandom rng;
        private final int[] movable;
        private final int[] softMovable;
        private final double width;
        private final double height;
        private final double side;
        private final double cell;
        private final double[] cumulative = new double[4];
        private int movedA;
        private int movedB;

        Moves(PlacementProblem problem, SearchState s, SaConfig c, SplittableRandom rng) {
            this.s = s;
            this.m = s.model();
            this.c = c;
            this.rng = rng;
            int hard = 0;
            int soft = 0;
            for (int o = 0; o < m.objectCount(); o++) {
                if (!m.objFixed[o]) {
                    if (m.isHard(o)) {
                        hard++;
                    } else {
                        soft++;
                    }
                }
            }
            movable = new int[hard];
            softMovable = new int[soft];
            hard = 0;
            soft = 0;
            for (int o = 0; o < m.objectCount(); o++) {
                if (!m.objFixed[o]) {
                    if (m.isHard(o)) {
                        movable[hard++] = o;
                    } else {
                        softMovable[soft++] = o;
                    }
                }
            }
            width = problem.canvas().width();
            height = problem.canvas().height();
            side = Math.max(width, height);
            cell = Math.min(problem.canvas().cellWidth(), problem.canvas().cellHeight());
            double hs = movable.length == 0 ? 0 : c.hardShift();
            double sw = movable.length < 2 ? 0 : c.hardSwap();
            double ss = softMovable.length == 0 ? 0 : c.softShift();
            double hj = movable.length == 0 ? 0 : c.hardJump();
            double total = hs + sw + ss + hj;
            cumulative[0] = hs / total;
            cumulative[1] = (hs + sw) / total;
            cumulative[2] = (hs + sw + ss) / total;
            cumulative[3] = total > 0 ? 1.0 : 0;
        }

        /** Proposes a move at schedule position {@code frac}; NaN when the drawn move was illegal. */
        double propose(double frac) {
            if (cumulative[3] == 0) {
                return Double.NaN;
            }
            double radius = c.radiusStart() * side * Math.pow(c.radiusEnd() * cell / (c.radiusStart() * side), frac);
            double u = rng.nextDouble();
            movedB = -1;
            if (u < cumulative[0]) {
                int o = movable[rng.nextInt(movable.length)];
                return shift(o, radius);
            } else if (u < cumulative[1]) {
                return swap();
            } else if (u < cumulative[2]) {
                int o = softMovable[rng.nextInt(softMovable.length)];
                return shift(o, Math.max(radius * 0.5, cell * 0.05));
            } else {
                int o = movable[rng.nextInt(movable.length)];
                double cx = m.objW[o] / 2 + rng.nextDouble() * Math.max(0, width - m.objW[o]);
                double cy = m.objH[o] / 2 + rng.nextDouble() * Math.max(0, height - m.objH[o]);
                return to(o, cx, cy);
            }
        }

        private double shift(int o, double radius) {
            double cx = clamp(s.x(o) + (rng.nextDouble() * 2 - 1) * radius, m.objW[o] / 2, width - m.objW[o] / 2);
            double cy = clamp(s.y(o) + (rng.nextDouble() * 2 - 1) * radius, m.objH[o] / 2, height - m.objH[o] / 2);
            return to(o, cx, cy);
        }

        private double to(int o, double cx, double cy) {
            if (m.isHard(o) && !s.fits(o, cx, cy, -1)) {
                return Double.NaN;
            }
            movedA = o;
            return s.proposeShift(o, cx, cy);
        }

        private double swap() {
            int a = movable[rng.nextInt(movable.length)];
            int b = movable[rng.nextInt(movable.length)];
            if (a == b) {
                return Double.NaN;
            }
            double areaA = m.objW[a] * m.objH[a];
            double areaB = m.objW[b] * m.objH[b];
            if (Math.max(areaA, areaB) > 1.5 * Math.min(areaA, areaB)) {
                return Double.NaN;
            }
            double ax = s.x(b);
            double ay = s.y(b);
            double bx = s.x(a);
            double by = s.y(a);
            if (!s.fits(a, ax, ay, b) || !s.fits(b, bx, by, a)
                    || (Math.abs(ax - bx) * 2 < m.objW[a] + m.objW[b] && Math.abs(ay - by) * 2 < m.objH[a] + m.objH[b])) {
                return Double.NaN;
            }
            movedA = a;
            movedB = b;
            return s.proposeSwap(a, b);
        }

        void commit() {
            s.commit(movedA, movedB);
        }

        private static double clamp(double v, double lo, double hi) {
            return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
        }
    }
}
