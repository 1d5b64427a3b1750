package io.macroplace.place.sa.move;

import io.macroplace.env.model.MacroNetModel;
import io.macroplace.place.search.SearchState;
import java.util.SplittableRandom;

/**
 * Two random movable hard macros whose areas differ by at most {@code maxAreaRatio} exchange
 * centres; no move when they are the same macro, too different, overlapping each other, or would
 * overlap something else at their new places.
 */
public record HardSwap(double maxAreaRatio) implements MoveGenerator {
    public HardSwap {
        if (!(maxAreaRatio >= 1)) {
            throw new IllegalArgumentException("the area ratio of a swap is at least 1: " + maxAreaRatio);
        }
    }

    public static HardSwap defaults() {
        return new HardSwap(1.5);
    }

    @Override
    public String name() {
        return "hard-swap";
    }

    @Override
    public boolean applies(MoveContext c) {
        return c.movableHardCount() > 1;
    }

    @Override
    public double propose(MoveContext c, double radius, SplittableRandom rng) {
        int a = c.movableHard(rng.nextInt(c.movableHardCount()));
        int b = c.movableHard(rng.nextInt(c.movableHardCount()));
        if (a == b) {
            return NO_MOVE;
        }
        MacroNetModel m = c.model();
        double areaA = m.objW[a] * m.objH[a];
        double areaB = m.objW[b] * m.objH[b];
        if (Math.max(areaA, areaB) > maxAreaRatio * Math.min(areaA, areaB)) {
            return NO_MOVE;
        }
        SearchState s = c.state();
        double ax = s.x(b);
        double ay = s.y(b);
        double bx = s.x(a);
        double by = s.y(a);
        if (!s.fits(a, ax, ay, b) || !s.fits(b, bx, by, a)
                || (Math.abs(ax - bx) * 2 < m.objW[a] + m.objW[b] && Math.abs(ay - by) * 2 < m.objH[a] + m.objH[b])) {
            return NO_MOVE;
        }
        return s.proposeSwap(a, b);
    }
}
