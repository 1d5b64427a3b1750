package io.macroplace.rl.imitate;

import io.macroplace.env.mdp.Observation;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Placement;

/**
 * Where an expert put each hard macro, in the policy's macro order: the label source of teacher
 * forcing and of DAgger, which both ask, for the macro of an observation's step, for the legal
 * action cell nearest to the expert's centre ({@link ExpertActions#nearestLegal}).
 *
 * @param width  canvas width
 * @param height canvas height
 * @param x      expert centre x of the macro placed at each step
 * @param y      expert centre y of the macro placed at each step
 */
public record ExpertPositions(double width, double height, double[] x, double[] y) {
    public ExpertPositions {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
    }

    /** The expert's centres of the macros {@code order} places (model object ids, e.g. {@code PlacementEnv#order}). */
    public static ExpertPositions of(PlacementProblem problem, int[] order, Placement expert) {
        int objects = problem.model().objectCount();
        double[] ox = new double[objects];
        double[] oy = new double[objects];
        problem.model().read(expert, ox, oy);
        double[] x = new double[order.length];
        double[] y = new double[order.length];
        for (int t = 0; t < order.length; t++) {
            x[t] = ox[order[t]];
            y[t] = oy[order[t]];
        }
        return new ExpertPositions(problem.canvas().width(), problem.canvas().height(), x, y);
    }

    public int steps() {
        return x.length;
    }

    /** The expert's action for an observation: its legal cell nearest to the expert's centre of the step's macro; -1 if none. */
    public int label(Observation obs, int columns, int rows) {
        int t = obs.step();
        return ExpertActions.nearestLegal(obs.legalMask(), columns, rows, width, height, x[t], y[t]);
    }

    /** Distance from the centre of action cell {@code cell} to the expert's centre of step {@code t}'s macro, in cell diagonals. */
    public double distance(int t, int cell, int columns, int rows) {
        double cx = (cell % columns + 0.5) * width / columns;
        double cy = (cell / columns + 0.5) * height / rows;
        return Math.hypot(cx - x[t], cy - y[t]) / Math.hypot(width / columns, height / rows);
    }
}
