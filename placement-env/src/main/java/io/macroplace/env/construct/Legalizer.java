package io.macroplace.env.construct;

import io.macroplace.env.legal.Legality;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Placement;
import java.util.Arrays;

/**
 * Makes hard-macro positions legal: inside the canvas, clear of blockages and of each other by
 * {@code spacing} microns. Every placer starts local search from {@link #legalStart} and ends a
 * construction that painted itself into a corner with {@link #pack}; the RL environment repairs
 * its dead ends with {@link #pack} too. Macros are taken in {@link MacroOrder} (largest first);
 * soft macros, ports and fixed nodes never move.
 */
public final class Legalizer {
    private final PlacementProblem problem;
    private final double spacing;

    public Legalizer(PlacementProblem problem, double spacing) {
        if (!(spacing >= 0)) {
            throw new IllegalArgumentException("bad spacing " + spacing);
        }
        this.problem = problem;
        this.spacing = spacing;
    }

    /**
     * The problem's initial placement if its hard macros are legal; else the same with offending
     * macros moved to the nearest legal points (on a grid of 4 x 4 points per cell), or, when that
     * leaves a macro no room, the {@link #pack}ed placement.
     *
     * @throws IllegalStateException when the hard macros admit no legal packing
     */
    public Placement legalStart() {
        if (Legality.check(problem.netlist(), problem.initial(), problem.canvas(), Legality.DEFAULT_TOLERANCE, spacing)
                .legal()) {
            return problem.initial();
        }
        double[][] c = problem.initialCentres();
        if (decoder(4).legalize(MacroOrder.of(problem.model()), c[0], c[1]) == Double.POSITIVE_INFINITY) {
            c = packedCentres();
        }
        return problem.model().write(problem.initial(), c[0], c[1]);
    }

    /**
     * Object centres of the initial placement with the hard macros {@link #pack}ed.
     *
     * @throws IllegalStateException when the hard macros admit no such packing
     */
    public double[][] packedCentres() {
        double[][] c = problem.initialCentres();
        if (!pack(c[0], c[1])) {
            throw new IllegalStateException("found no legal placement of the hard macros: the canvas is too full");
        }
        return c;
    }

    /**
     * Moves the movable hard macros of the centres {@code x, y} (objects of the problem's model) to
     * legal positions, trying in turn on finer grids (4, then 8 points per cell side): legalising
     * the given positions, plain greedy from the canvas centre, and finally bottom-left packing.
     *
     * @return true when the centres are now legal; false when nothing worked (they are then not)
     */
    public boolean pack(double[] x, double[] y) {
        int[] order = MacroOrder.of(problem.model());
        double[] bx = x.clone();
        double[] by = y.clone();
        for (int resolution : new int[] {4, 8}) {
            System.arraycopy(bx, 0, x, 0, x.length);
            System.arraycopy(by, 0, y, 0, y.length);
            if (decoder(resolution).legalize(order, x, y) != Double.POSITIVE_INFINITY) {
                return true;
            }
            double[] gx = new double[order.length];
            double[] gy = new double[order.length];
            Arrays.fill(gx, problem.canvas().width() / 2);
            Arrays.fill(gy, problem.canvas().height() / 2);
            System.arraycopy(bx, 0, x, 0, x.length);
            System.arraycopy(by, 0, y, 0, y.length);
            if (decoder(resolution).decode(order, gx, gy, x, y) != Double.POSITIVE_INFINITY) {
                return true;
            }
        }
        // last resort, bottom-left packing: every macro as near the lower-left corner as it fits
        System.arraycopy(bx, 0, x, 0, x.length);
        System.arraycopy(by, 0, y, 0, y.length);
        for (int o : order) {
            x[o] = problem.model().objW[o] / 2;
            y[o] = problem.model().objH[o] / 2;
        }
        return decoder(8).legalize(order, x, y) != Double.POSITIVE_INFINITY;
    }

    private GreedyDecoder decoder(int resolution) {
        return GreedyDecoder.of(problem, DecoderConfig.defaults().withResolution(resolution).withSpacing(spacing));
    }
}
