package io.macroplace.place.sa;

/**
 * The annealing schedule as a function of the position {@code frac} in [0, 1] along the budget:
 * temperature cools geometrically from T0 to {@code coolTo * T0}, the shift radius shrinks
 * geometrically from {@code radiusStart} of the canvas side to {@code radiusEnd} of a grid cell.
 */
record Schedule(double t0, double coolTo, double radiusStart, double radiusEnd) {

    static Schedule of(SaConfig c, double t0, double side, double cell) {
        return new Schedule(t0, c.coolTo(), c.radiusStart() * side, c.radiusEnd() * cell);
    }

    double temperature(double frac) {
        return t0 * Math.pow(coolTo, frac);
    }

    double radius(double frac) {
        return radiusStart * Math.pow(radiusEnd / radiusStart, frac);
    }
}
