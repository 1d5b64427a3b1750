package io.macroplace.place;

import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.softmacro.ForceDirectedPlacer;
import io.macroplace.netlist.Placement;
import io.macroplace.place.greedy.GreedyConfig;
import io.macroplace.place.greedy.GreedyPlacer;
import io.macroplace.place.model.MacroNetModel;
import io.macroplace.place.model.MacroOrder;
import java.time.Duration;

/** What every placer does at the start and the end: read object centres, place soft macros, score. */
public final class PlacerSupport {
    private PlacerSupport() {
    }

    /** Object centres of the problem's initial placement. */
    public static double[][] initialCentres(PlacementProblem problem) {
        MacroNetModel m = problem.model();
        double[] x = new double[m.objectCount()];
        double[] y = new double[m.objectCount()];
        m.read(problem.initial(), x, y);
        return new double[][] {x, y};
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
     * The problem's initial placement if its hard macros are legal (and {@code spacing} apart);
     * else the same with offending macros moved to the nearest legal points (largest first), soft
     * macros unchanged.
     */
    public static Placement legalStart(PlacementProblem problem, double spacing) {
        if (Legality.check(problem.netlist(), problem.initial(), problem.canvas(), Legality.DEFAULT_TOLERANCE, spacing)
                .legal()) {
            return problem.initial();
        }
        double[][] c = initialCentres(problem);
        GreedyConfig fine = GreedyConfig.defaults().withResolution(4).withSpacing(spacing);
        if (GreedyPlacer.decoder(problem, fine).legalize(MacroOrder.of(problem.model()), c[0], c[1])
                == Double.POSITIVE_INFINITY) {
            c = fallbackCentres(problem, spacing);
        }
        return write(problem, c[0], c[1]);
    }

    /**
     * For a construction that found no legal placement: the initial centres packed legally, with
     * {@code spacing} between hard macros, by {@link GreedyPlacer#constructFallback}.
     *
     * @throws IllegalStateException when the hard macros admit no such packing
     */
    public static double[][] fallbackCentres(PlacementProblem problem, double spacing) {
        double[][] c = initialCentres(problem);
        if (!GreedyPlacer.constructFallback(problem, spacing, c[0], c[1])) {
            throw new IllegalStateException("found no legal placement of the hard macros: the canvas is too full");
        }
        return c;
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
        LegalityReport legality = Legality.check(problem.netlist(), placement, problem.canvas(),
                Legality.DEFAULT_TOLERANCE, spacing);
        Costs costs = problem.evaluator().evaluate(placement);
        return new PlacementResult(method, placement, costs, runtime, legality, cancelled);
    }
}
