package io.macroplace.place.greedy;

import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementProblem;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.model.MacroNetModel;
import io.macroplace.place.model.MacroOrder;
import io.macroplace.place.model.PositionGrid;
import java.time.Duration;
import java.util.Arrays;

/**
 * WireMask greedy: hard macros in {@link MacroOrder}, each on the legal candidate point with the
 * least HPWL increase; ties go to the point nearest the canvas centre, then the smaller index.
 * Deterministic (the seed is unused); then soft macros by force-directed placement.
 */
public final class GreedyPlacer implements Placer {
    private final GreedyConfig config;

    public GreedyPlacer(GreedyConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "greedy";
    }

    /** A decoder for the problem with this config's grid and pin rules. */
    public static GreedyDecoder decoder(PlacementProblem problem, GreedyConfig config) {
        MacroNetModel m = problem.model();
        boolean[] placed = new boolean[m.objectCount()];
        for (int o = 0; o < placed.length; o++) {
            double x = problem.initial().x(m.objNode[o]);
            double y = problem.initial().y(m.objNode[o]);
            boolean positioned = Double.isFinite(x) && Double.isFinite(y);
            placed[o] = positioned && (m.objFixed[o] || (config.softPinsFromInput() && !m.isHard(o)));
        }
        PositionGrid grid = new PositionGrid(problem.canvas().width(), problem.canvas().height(),
                problem.canvas().columns() * config.resolution(), problem.canvas().rows() * config.resolution());
        return new GreedyDecoder(m, problem.canvas(), grid, config.spacing(), config.tieSlack(), placed);
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        double[][] c = PlacerSupport.initialCentres(problem);
        int[] order = MacroOrder.of(problem.model());
        double[] gx = new double[order.length];
        double[] gy = new double[order.length];
        Arrays.fill(gx, problem.canvas().width() / 2);
        Arrays.fill(gy, problem.canvas().height() / 2);
        double hpwlIncrease = decoder(problem, config).decode(order, gx, gy, c[0], c[1]);
        listener.progress(name(), 1.0, hpwlIncrease);
        PlacerSupport.placeSoftMacros(problem, c[0], c[1]);
        return PlacerSupport.finish(problem, name(), PlacerSupport.write(problem, c[0], c[1]), deadline.elapsed(),
                deadline.cancelled());
    }
}
