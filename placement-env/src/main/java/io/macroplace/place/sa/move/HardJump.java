package io.macroplace.place.sa.move;

import io.macroplace.env.model.MacroNetModel;
import java.util.SplittableRandom;

/** A random movable hard macro moved to a uniformly drawn position on the canvas; no move if it would overlap. */
public record HardJump() implements MoveGenerator {

    @Override
    public String name() {
        return "hard-jump";
    }

    @Override
    public boolean applies(MoveContext c) {
        return c.movableHardCount() > 0;
    }

    @Override
    public double propose(MoveContext c, double radius, SplittableRandom rng) {
        MacroNetModel m = c.model();
        int o = c.movableHard(rng.nextInt(c.movableHardCount()));
        double cx = m.objW[o] / 2 + rng.nextDouble() * Math.max(0, c.canvas().width() - m.objW[o]);
        double cy = m.objH[o] / 2 + rng.nextDouble() * Math.max(0, c.canvas().height() - m.objH[o]);
        return HardShift.to(c, o, cx, cy);
    }
}
