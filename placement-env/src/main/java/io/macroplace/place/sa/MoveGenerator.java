package io.macroplace.place.sa;

import io.macroplace.env.cost.PinMode;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Orientation;
import io.macroplace.place.search.SearchState;
import java.util.SplittableRandom;

/**
 * The annealer's moves: draws one move at random by the configured weights, checks hard-macro
 * legality against the search state's index, proposes it to the incremental cost and remembers
 * what to commit. Illegal draws are reported as NaN and never reach the cost. When the cost's
 * pins turn with orientation, flips (N, FN, S, FS) of hard macros are drawn too.
 */
final class MoveGenerator {
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
    private static final Orientation[] FLIPS = {Orientation.N, Orientation.FN, Orientation.S, Orientation.FS};
    private final double[] cumulative = new double[4];
    private final boolean flips;
    private int movedA;
    private int movedB;

    MoveGenerator(PlacementProblem problem, SearchState s, SaConfig c, SplittableRandom rng) {
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
        flips = problem.settings().pinMode() == PinMode.ORIENTED;
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
            if (flips && rng.nextBoolean()) {
                return flip(o);
            }
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

    /** Half of the jump weight goes to flips when pins turn with orientation. */
    private double flip(int o) {
        Orientation current = s.orientation(o);
        if (current.swapsSides()) {
            return Double.NaN;
        }
        Orientation f = FLIPS[rng.nextInt(FLIPS.length)];
        if (f == current) {
            return Double.NaN;
        }
        movedA = o;
        return s.proposeOrient(o, f);
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
