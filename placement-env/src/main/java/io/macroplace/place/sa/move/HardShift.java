package io.macroplace.place.sa.move;

import io.macroplace.env.model.MacroNetModel;
import java.util.SplittableRandom;

/** A random movable hard macro shifted by up to the radius along each axis, kept on the canvas; no move if it would overlap. */
public record HardShift() implements MoveGenerator {

    @Override
    public String name() {
        return "hard-shift";
    }

    @Override
    public boolean applies(MoveContext c) {
        return c.movableHardCount() > 0;
    }

    @Override
    public double propose(MoveContext c, double radius, SplittableRandom rng) {
        int o = c.movableHard(rng.nextInt(c.movableHardCount()));
        return shift(c, o, radius, rng);
    }

    /** Proposes object {@code o} shifted uniformly within the radius and clamped to the canvas; no move for a hard macro that would not fit. */
    static double shift(MoveContext c, int o, double radius, SplittableRandom rng) {
        MacroNetModel m = c.model();
        double w = c.canvas().width();
        double h = c.canvas().height();
        double cx = MoveContext.clamp(c.state().x(o) + (rng.nextDouble() * 2 - 1) * radius, m.objW[o] / 2,
                w - m.objW[o] / 2);
        double cy = MoveContext.clamp(c.state().y(o) + (rng.nextDouble() * 2 - 1) * radius, m.objH[o] / 2,
                h - m.objH[o] / 2);
        return to(c, o, cx, cy);
    }

    /** Proposes object {@code o} to (cx, cy); no move when it is a hard macro that would overlap there. */
    static double to(MoveContext c, int o, double cx, double cy) {
        if (c.model().isHard(o) && !c.state().fits(o, cx, cy, -1)) {
            return NO_MOVE;
        }
        return c.state().proposeShift(o, cx, cy);
    }
}
