package io.macroplace.place.greedy;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.construct.GreedyDecoder;
import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import java.time.Duration;
import java.util.Arrays;

/**
 * WireMask greedy: hard macros in {@link MacroOrder}, each on the legal candidate point with the
 * least HPWL increase; ties go to the point nearest the canvas centre, then the smaller index.
 * Deterministic (the seed is unused); then soft macros by force-directed placement.
 */
public final class GreedyPlacer implements Placer {
    private final DecoderConfig config;

    public GreedyPlacer(DecoderConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public double budgetShare() {
        return CONSTRUCTION_SHARE;
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        double[][] c = problem.initialCentres();
        int[] order = MacroOrder.of(problem.model());
        double[] gx = new double[order.length];
        double[] gy = new double[order.length];
        Arrays.fill(gx, problem.canvas().width() / 2);
        Arrays.fill(gy, problem.canvas().height() / 2);
        double hpwlIncrease = GreedyDecoder.of(problem, config).decode(order, gx, gy, c[0], c[1]);
        if (hpwlIncrease == Double.POSITIVE_INFINITY) {
            c = new Legalizer(problem, config.spacing()).packedCentres();
        }
        return PlacerSupport.finishConstruction(problem, name(), c[0], c[1], config.spacing(), deadline, listener);
    }
}
