package io.macroplace.place.sa.move;

import java.util.SplittableRandom;

/**
 * A random movable soft macro shifted by up to {@code radiusFactor} times the radius (at least
 * {@code minCells} of a grid cell) along each axis, kept on the canvas. Soft macros may overlap.
 */
public record SoftShift(double radiusFactor, double minCells) implements MoveGenerator {
    public SoftShift {
        if (!(radiusFactor > 0) || !(minCells >= 0)) {
            throw new IllegalArgumentException("bad soft-shift settings " + radiusFactor + ", " + minCells);
        }
    }

    /** Half the hard-macro radius, at least 5 % of a cell. */
    public static SoftShift defaults() {
        return new SoftShift(0.5, 0.05);
    }

    @Override
    public String name() {
        return "soft-shift";
    }

    @Override
    public boolean applies(MoveContext c) {
        return c.movableSoftCount() > 0;
    }

    @Override
    public double propose(MoveContext c, double radius, SplittableRandom rng) {
        int o = c.movableSoft(rng.nextInt(c.movableSoftCount()));
        double cell = Math.min(c.canvas().cellWidth(), c.canvas().cellHeight());
        return HardShift.shift(c, o, Math.max(radius * radiusFactor, cell * minCells), rng);
    }
}
