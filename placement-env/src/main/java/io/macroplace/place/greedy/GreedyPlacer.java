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

    /**
     * When a greedy or random construction paints itself into a corner: tries, on finer grids,
     * legalising the input positions and plain greedy, then bottom-left packing. Returns false
     * when nothing worked; the centres are legal, with {@code spacing} microns between hard macros
     * (and to blockages), when it returns true.
     */
    public static boolean constructFallback(PlacementProblem problem, double spacing, double[] x, double[] y) {
        int[] order = MacroOrder.of(problem.model());
        double[] bx = x.clone();
        double[] by = y.clone();
        for (int resolution : new int[] {4, 8}) {
            GreedyConfig c = GreedyConfig.defaults().withResolution(resolution).withSpacing(spacing);
            System.arraycopy(bx, 0, x, 0, x.length);
            System.arraycopy(by, 0, y, 0, y.length);
            if (decoder(problem, c).legalize(order, x, y) != Double.POSITIVE_INFINITY) {
                return true;
            }
            double[] gx = new double[order.length];
            double[] gy = new double[order.length];
            Arrays.fill(gx, problem.canvas().width() / 2);
            Arrays.fill(gy, problem.canvas().height() / 2);
            System.arraycopy(bx, 0, x, 0, x.length);
            System.arraycopy(by, 0, y, 0, y.length);
            if (decoder(problem, c).decode(order, gx, gy, x, y) != Double.POSITIVE_INFINITY) {
                return true;
            }
        }
        // last resort, bottom-left packing: every macro as near the lower-left corner as it fits
        MacroNetModel m = problem.model();
        System.arraycopy(bx, 0, x, 0, x.length);
        System.arraycopy(by, 0, y, 0, y.length);
        for (int o : order) {
            x[o] = m.objW[o] / 2;
            y[o] = m.objH[o] / 2;
        }
        return decoder(problem, GreedyConfig.defaults().withResolution(8).withSpacing(spacing)).legalize(order, x, y)
                != Double.POSITIVE_INFINITY;
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
        if (hpwlIncrease == Double.POSITIVE_INFINITY) {
            c = PlacerSupport.fallbackCentres(problem, config.spacing());
        }
        return PlacerSupport.finishConstruction(problem, name(), c[0], c[1], config.spacing(), deadline, listener);
    }
}
