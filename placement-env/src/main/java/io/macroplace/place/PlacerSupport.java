package io.macroplace.place;

import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.softmacro.ForceDirectedPlacer;
import io.macroplace.netlist.Placement;
import java.time.Duration;

/**
 * What every placer does at the end: place soft macros, write the centres into a placement, check
 * legality and score. (Legal starts and packings: {@link io.macroplace.env.construct.Legalizer}.)
 */
public final class PlacerSupport {
    private PlacerSupport() {
    }

    /** Runs the problem's force-directed soft-macro placer on the centres (hard macros stay). */
    public static void placeSoftMacros(PlacementProblem problem, double[] x, double[] y) {
        new ForceDirectedPlacer(problem.model(), problem.canvas(), problem.softMacros()).place(x, y);
    }

    /** The initial placement with every object at the given centres. */
    public static Placement write(PlacementProblem problem, double[] x, double[] y) {
        return problem.model().write(problem.initial(), x, y);
    }

    /**
     * The end of a construction (random, greedy, EA): soft macros placed by force around the
     * hard-macro centres, the result {@link #finish}ed and its proxy cost reported as the stage's last.
     */
    public static PlacementResult finishConstruction(PlacementProblem problem, String method, double[] x, double[] y,
                                                     double spacing, Deadline deadline, ProgressListener listener) {
        placeSoftMacros(problem, x, y);
        PlacementResult r = finish(problem, method, write(problem, x, y), spacing, deadline.elapsed(),
                deadline.cancelled());
        listener.progress(method, 1.0, r.costs().proxy());
        return r;
    }

    /**
     * Checks legality (hard macros closer than {@code spacing} microns count as overlapping),
     * evaluates the full proxy cost and packs the result.
     */
    public static PlacementResult finish(PlacementProblem problem, String method, Placement placement, double spacing,
                                         Duration runtime, boolean cancelled) {
        return finish(problem, method, placement, spacing, runtime, cancelled, SearchStats.NONE);
    }

    /** {@link #finish} of a local search, with the moves it evaluated. */
    public static PlacementResult finish(PlacementProblem problem, String method, Placement placement, double spacing,
                                         Duration runtime, boolean cancelled, SearchStats search) {
        LegalityReport legality = Legality.check(problem.netlist(), placement, problem.canvas(),
                Legality.DEFAULT_TOLERANCE, spacing);
        Costs costs = problem.evaluator().evaluate(placement);
        return new PlacementResult(method, placement, costs, runtime, legality, cancelled, search);
    }
}
