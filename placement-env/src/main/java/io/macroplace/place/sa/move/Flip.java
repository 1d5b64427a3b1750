package io.macroplace.place.sa.move;

import io.macroplace.netlist.Orientation;
import java.util.SplittableRandom;

/**
 * A random movable hard macro turned to another of N, FN, S, FS (the flips that keep its
 * footprint); only when pins turn with orientation ({@code --orient-pins}), since otherwise a
 * flip changes nothing. No move for a macro in an E/W orientation or a draw of its own orientation.
 */
public record Flip() implements MoveGenerator {
    private static final Orientation[] FLIPS = {Orientation.N, Orientation.FN, Orientation.S, Orientation.FS};

    @Override
    public String name() {
        return "flip";
    }

    @Override
    public boolean applies(MoveContext c) {
        return c.pinsTurn() && c.movableHardCount() > 0;
    }

    @Override
    public double propose(MoveContext c, double radius, SplittableRandom rng) {
        int o = c.movableHard(rng.nextInt(c.movableHardCount()));
        Orientation current = c.state().orientation(o);
        if (current.swapsSides()) {
            return NO_MOVE;
        }
        Orientation f = FLIPS[rng.nextInt(FLIPS.length)];
        return f == current ? NO_MOVE : c.state().proposeOrient(o, f);
    }
}
