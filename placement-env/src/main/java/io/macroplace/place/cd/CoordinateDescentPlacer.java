package io.macroplace.place.cd;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.cost.PinMode;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Orientation;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.search.SearchState;
import java.time.Duration;

/**
 * Circuit Training's coordinate descent: each hard macro in turn (in {@link MacroOrder}) tries the
 * cell centres within {@link CdConfig#distance()} cells (Manhattan) and its current position moved
 * by half-cell steps within the same range (and, when pins turn with orientation, the flips that
 * keep its footprint), scoring each with the incremental proxy cost, and keeps the best. Between
 * passes soft macros are re-placed by force and then, like CT's descent without a standard-cell
 * placer, moved one by one while that lowers the cost. Deterministic; starts from the problem's
 * initial placement, whose hard macros must be legal.
 */
public final class CoordinateDescentPlacer implements Placer {
    private static final Orientation[] FLIPS = {Orientation.N, Orientation.FN, Orientation.S, Orientation.FS};
    private final CdConfig config;

    public CoordinateDescentPlacer(CdConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "cd";
    }

    /** Descent stops when a pass gains nothing (ariane133: ~7 s from the input); time it leaves is lost. */
    @Override
    public double budgetShare() {
        return 0.05;
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        SearchState s = new SearchState(problem, new Legalizer(problem, config.spacing()).legalStart(), config.spacing());
        MacroNetModel m = problem.model();
        int[] order = MacroOrder.of(m);
        boolean turns = problem.settings().pinMode() == PinMode.ORIENTED;
        Canvas canvas = problem.canvas();
        int k = config.distance();
        BestShift best = new BestShift(s);
        for (int pass = 0; pass < config.passes() && !deadline.over(); pass++) {
            double before = s.current();
            for (int t = 0; t < order.length && !deadline.over(); t++) {
                int o = order[t];
                double x0 = s.x(o);
                double y0 = s.y(o);
                int col = canvas.column(x0);
                int row = canvas.row(y0);
                best.start(o);
                for (int dr = -k; dr <= k; dr++) {
                    int reach = k - Math.abs(dr);
                    for (int dc = -reach; dc <= reach; dc++) {
                        // a cell centre, then the current position shifted by half-cell steps
                        for (int variant = 0; variant < 2; variant++) {
                            double cx = variant == 0 ? canvas.cellX(col + dc) : x0 + dc * canvas.cellWidth() / 2;
                            double cy = variant == 0 ? canvas.cellY(row + dr) : y0 + dr * canvas.cellHeight() / 2;
                            if ((variant == 0 || dc != 0 || dr != 0) && s.fits(o, cx, cy, -1)) {
                                best.consider(cx, cy);
                            }
                        }
                    }
                }
                best.apply();
                if (turns) {
                    flip(s, o);
                }
            }
            if (config.softBetween() && !deadline.over()) {
                s.replaceSoftMacros();
            }
            for (int o = m.hardCount; config.softDescent() && o < m.objectCount() && !deadline.over(); o++) {
                if (!m.objFixed[o]) {
                    stepSoft(best, m, canvas, o);
                }
            }
            listener.progress(name(), deadline.fraction(), s.best());
            if (s.current() >= before - 1e-9) {
                break;
            }
        }
        return PlacerSupport.finish(problem, name(), s.bestPlacement(), config.spacing(), deadline.elapsed(),
                deadline.cancelled());
    }

    private static final int[] STEP_X = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] STEP_Y = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final double[] STEP_CELLS = {1.0, 0.5, 0.25};

    /** Soft macros may overlap, so only the canvas bounds them: best of 8 directions, coarse to fine. */
    private static void stepSoft(BestShift best, MacroNetModel m, Canvas canvas, int o) {
        double hw = m.objW[o] / 2;
        double hh = m.objH[o] / 2;
        for (double step : STEP_CELLS) {
            double x0 = best.s.x(o);
            double y0 = best.s.y(o);
            best.start(o);
            for (int d = 0; d < STEP_X.length; d++) {
                double cx = clamp(x0 + STEP_X[d] * step * canvas.cellWidth(), hw, canvas.width() - hw);
                double cy = clamp(y0 + STEP_Y[d] * step * canvas.cellHeight(), hh, canvas.height() - hh);
                if (cx != x0 || cy != y0) {
                    best.consider(cx, cy);
                }
            }
            best.apply();
        }
    }

    /** The best position for one object among the candidates scored so far; reused, so moves allocate nothing. */
    private static final class BestShift {
        final SearchState s;
        private int object;
        private double delta;
        private double x;
        private double y;

        BestShift(SearchState s) {
            this.s = s;
        }

        void start(int o) {
            object = o;
            delta = 0;
        }

        /** Scores moving the object to (cx, cy) and undoes it; remembers it if it beats the best. */
        void consider(double cx, double cy) {
            double d = s.proposeShift(object, cx, cy);
            s.revert();
            if (d < delta - 1e-12) {
                delta = d;
                x = cx;
                y = cy;
            }
        }

        /** Moves the object to the best candidate when that lowers the cost. */
        void apply() {
            if (delta < 0) {
                s.proposeShift(object, x, y);
                s.commit();
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    private static void flip(SearchState s, int o) {
        Orientation current = s.orientation(o);
        if (current.swapsSides()) {
            return;
        }
        Orientation best = null;
        double bestD = 0;
        for (Orientation f : FLIPS) {
            if (f == current) {
                continue;
            }
            double d = s.proposeOrient(o, f);
            s.revert();
            if (d < bestD - 1e-12) {
                bestD = d;
                best = f;
            }
        }
        if (best != null) {
            s.proposeOrient(o, best);
            s.commit();
        }
    }
}
