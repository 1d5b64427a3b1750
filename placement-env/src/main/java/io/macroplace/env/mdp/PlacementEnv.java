package io.macroplace.env.mdp;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.FreeSpot;
import io.macroplace.env.legal.LegalMask;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.model.NetBoxes;
import io.macroplace.env.model.PositionGrid;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.softmacro.ForceDirectedPlacer;
import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.util.Arrays;

/**
 * The sequential macro-placement MDP over a {@link PlacementProblem}: movable hard macros in
 * {@link MacroOrder} (largest area, most nets, lowest id first), one per step; the action is a cell
 * of the action grid (the design's grid with each cell split {@link EnvConfig#actionGridFactor()}
 * times each way) and the macro's centre goes to that cell's centre, so with a factor above 1 a
 * macro can straddle cost-grid cells. Observation maps are on the action grid; the proxy cost is
 * Circuit Training's on the design's own grid. The legal mask keeps the macro inside the canvas
 * and clear (by {@link EnvConfig#spacing()}) of placed hard macros and blockages. If no cell is
 * legal, every cell that keeps the macro inside the canvas is allowed and the macro is put at the
 * legal position flush against obstacles nearest the chosen cell centre ({@link FreeSpot}), so the
 * final placement is always legal. After the last step soft macros are placed by force and the
 * full proxy cost is computed.
 *
 * <p>Dead ends: earlier (random) choices can fragment the free space so that the current macro
 * fits nowhere at all, not even off the grid. Then the step repairs the state instead of failing:
 * every macro placed so far and the current one move to a reference packing of all movable hard
 * macros ({@link Legalizer#pack}, computed once, on the first dead end, with the
 * configured spacing), whose spots for the macros still to come are then free, so an episode of
 * legal actions always finishes with a legal placement that keeps the spacing ({@link #lastLegality}).
 * The step's dense reward is then minus the whole HPWL change of the move.
 * Only a design whose hard macros admit no packing at all still throws IllegalStateException.
 */
public final class PlacementEnv implements MacroPlacementEnv {
    private final PlacementProblem problem;
    private final EnvConfig config;
    private final MacroNetModel m;
    private final Canvas canvas;
    /** The canvas with the action grid as its grid (occupancy maps are per action cell). */
    private final Canvas actionCanvas;
    private final PositionGrid grid;
    private final int[] order;
    private final MacroGraph graph;
    private final int[] ports;
    private final NetBoxes boxes;
    private final LegalMask legalMask;
    private final boolean[] legal;
    private final double[] colCost;
    private final double[] rowCost;
    private final double[] scratch;
    private final double[] obstacles;
    private final double[] x;
    private final double[] y;
    private final boolean[] placed;
    private final double[] occupancy;
    private final int[] cells;
    private final double[] spot = new double[2];
    private final double wirelengthNorm;
    private final double wirelengthWeight;
    /** The SHAPED rewards paid so far this episode (minus their sum is the wirelength cost so far). */
    private double shapedSoFar;
    private int obstacleCount;
    private int t;
    private boolean fallback;
    private boolean observed;
    private Placement lastPlacement;
    private double[][] reference;
    private int repairs;

    public PlacementEnv(PlacementProblem problem, EnvConfig config) {
        this.problem = problem;
        this.config = config;
        this.m = problem.model();
        this.canvas = problem.canvas();
        int f = config.actionGridFactor();
        this.actionCanvas = new Canvas(canvas.width(), canvas.height(), canvas.columns() * f, canvas.rows() * f,
                canvas.blockages());
        this.grid = new PositionGrid(canvas.width(), canvas.height(), actionCanvas.columns(), actionCanvas.rows());
        this.order = MacroOrder.of(m);
        this.graph = MacroGraphs.build(problem.netlist(), m, canvas, order);
        this.ports = problem.netlist().nodesOf(NodeKind.PORT);
        this.boxes = new NetBoxes(m);
        this.legalMask = new LegalMask(grid);
        this.legal = new boolean[grid.size()];
        this.colCost = new double[grid.nx()];
        this.rowCost = new double[grid.ny()];
        this.scratch = new double[4 * (Math.max(grid.nx(), grid.ny()) + 1)];
        this.obstacles = new double[4 * (canvas.blockages().size() + m.hardCount)];
        this.x = new double[m.objectCount()];
        this.y = new double[m.objectCount()];
        this.placed = new boolean[m.objectCount()];
        this.occupancy = new double[grid.size()];
        this.cells = new int[order.length];
        double netWeight = 0;
        for (int n = 0; n < m.netCount; n++) {
            netWeight += m.netWeight[n];
        }
        this.wirelengthNorm = (canvas.width() + canvas.height()) * Math.max(netWeight, 1e-12);
        this.wirelengthWeight = problem.settings().wirelengthWeight();
    }

    @Override
    public int columns() {
        return actionCanvas.columns();
    }

    @Override
    public int rows() {
        return actionCanvas.rows();
    }

    @Override
    public int actionGridFactor() {
        return config.actionGridFactor();
    }

    @Override
    public int episodeLength() {
        return order.length;
    }

    @Override
    public MacroGraph graph() {
        return graph;
    }

    @Override
    public Observation reset(long seed) {
        m.read(problem.initial(), x, y);
        Arrays.fill(occupancy, 0);
        obstacleCount = 0;
        for (Blockage b : canvas.blockages()) {
            addObstacle(b.x0(), b.y0(), b.x1(), b.y1());
        }
        for (int o = 0; o < m.objectCount(); o++) {
            placed[o] = m.objFixed[o] || (config.softPinsFromInput() && !m.isHard(o));
            if (placed[o]) {
                addOccupancy(o);
                if (m.isHard(o)) {
                    addObstacle(x[o] - m.objW[o] / 2, y[o] - m.objH[o] / 2, x[o] + m.objW[o] / 2, y[o] + m.objH[o] / 2);
                }
            }
        }
        boxes.reset(placed, x, y);
        t = 0;
        shapedSoFar = 0;
        lastPlacement = null;
        return observe();
    }

    @Override
    public Step step(int cell) {
        if (!observed || t >= order.length) {
            throw new IllegalStateException("no episode in progress: call reset first");
        }
        if (cell < 0 || cell >= legal.length || !legal[cell]) {
            throw new IllegalArgumentException("illegal action " + cell + " at step " + t);
        }
        int o = order[t];
        double cx = grid.x(cell % grid.nx());
        double cy = grid.y(cell / grid.nx());
        if (fallback) {
            if (!FreeSpot.nearest(canvas.width(), canvas.height(), m.objW[o], m.objH[o], obstacles, obstacleCount,
                    config.spacing(), cx, cy, spot)) {
                cx = Double.NaN;
            } else {
                cx = spot[0];
                cy = spot[1];
            }
        }
        double delta;
        if (fallback && Double.isNaN(cx)) {
            delta = repair(o);
        } else {
            delta = boxes.delta(o, cx, cy);
            boxes.add(o, cx, cy);
            x[o] = cx;
            y[o] = cy;
            placed[o] = true;
            addObstacle(cx - m.objW[o] / 2, cy - m.objH[o] / 2, cx + m.objW[o] / 2, cy + m.objH[o] / 2);
            addOccupancy(o);
        }
        cells[t] = cell;
        t++;
        double reward = switch (config.reward()) {
            case DENSE_HPWL -> -delta / wirelengthNorm;
            case SHAPED -> -wirelengthWeight * delta / wirelengthNorm;
            case FINAL_PROXY -> 0;
        };
        shapedSoFar += reward;
        if (t < order.length) {
            return new Step(observe(), reward, false, null);
        }
        observed = false;
        EpisodeResult result = finish();
        if (config.reward() == EnvConfig.RewardMode.FINAL_PROXY) {
            reward = -result.proxyCost();
        } else if (config.reward() == EnvConfig.RewardMode.SHAPED) {
            // the rest of the proxy cost, so that the episode's rewards sum to minus the proxy cost
            reward += -result.proxyCost() - shapedSoFar;
        }
        return new Step(null, reward, true, result);
    }

    /** Legal cells of the current step, ascending (empty when no episode is in progress). */
    public int[] legalActions() {
        if (!observed) {
            return new int[0];
        }
        int count = 0;
        for (boolean b : legal) {
            count += b ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int c = 0; c < legal.length; c++) {
            if (legal[c]) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** How many dead ends this environment has repaired (over all episodes). */
    public int repairs() {
        return repairs;
    }

    /**
     * The current macro fits nowhere: moves it and every macro placed this episode to the reference
     * packing and rebuilds obstacles, occupancy and net boxes. Returns the HPWL increase.
     */
    private double repair(int o) {
        if (reference == null) {
            double[][] c = problem.initialCentres();
            if (!new Legalizer(problem, config.spacing()).pack(c[0], c[1])) {
                throw new IllegalStateException("no legal position left for " + problem.netlist().name(m.objNode[o])
                        + ", and the hard macros admit no legal packing"
                        + (config.spacing() > 0 ? " with spacing " + config.spacing() : ""));
            }
            reference = c;
        }
        repairs++;
        double before = placedHpwl();
        for (int i = 0; i <= t; i++) {
            x[order[i]] = reference[0][order[i]];
            y[order[i]] = reference[1][order[i]];
        }
        placed[o] = true;
        Arrays.fill(occupancy, 0);
        obstacleCount = 0;
        for (Blockage b : canvas.blockages()) {
            addObstacle(b.x0(), b.y0(), b.x1(), b.y1());
        }
        for (int p = 0; p < m.objectCount(); p++) {
            if (placed[p]) {
                addOccupancy(p);
                if (m.isHard(p)) {
                    addObstacle(x[p] - m.objW[p] / 2, y[p] - m.objH[p] / 2, x[p] + m.objW[p] / 2, y[p] + m.objH[p] / 2);
                }
            }
        }
        double after = placedHpwl();
        return after - before;
    }

    /** HPWL over the placed objects, relative to the episode's start (leaves {@link #boxes} current). */
    private double placedHpwl() {
        boolean[] base = placed.clone();
        for (int i = 0; i < order.length; i++) {
            base[order[i]] = false;
        }
        boxes.reset(base, x, y);
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            int p = order[i];
            if (placed[p]) {
                sum += boxes.delta(p, x[p], y[p]);
                boxes.add(p, x[p], y[p]);
            }
        }
        return sum;
    }

    /** The full placement of the last finished episode (soft macros placed), or null. */
    public Placement lastPlacement() {
        return lastPlacement;
    }

    /** Legality, under the configured spacing, of the last finished episode's placement, or null. */
    public LegalityReport lastLegality() {
        return lastPlacement == null ? null : Legality.check(problem.netlist(), lastPlacement, canvas,
                Legality.DEFAULT_TOLERANCE, config.spacing());
    }

    /** The hard-macro object placed at each step (model object ids). */
    public int[] order() {
        return order.clone();
    }

    private EpisodeResult finish() {
        if (config.placeSoftMacros()) {
            new ForceDirectedPlacer(m, canvas, problem.softMacros()).place(x, y);
        }
        lastPlacement = m.write(problem.initial(), x, y);
        Costs c = problem.evaluator().evaluate(lastPlacement);
        double[] mx = new double[order.length];
        double[] my = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            mx[i] = x[order[i]];
            my[i] = y[order[i]];
        }
        return new EpisodeResult(c.proxy(), c.wirelength(), c.density(), c.congestion(), c.hpwl(), cells.clone(), mx, my);
    }

    private Observation observe() {
        observed = true;
        int cellsCount = grid.size();
        float[] position = new float[cellsCount];
        float[] wire = new float[cellsCount];
        boolean[] mask = new boolean[cellsCount];
        int current = order.length == 0 ? -1 : order[t];
        if (current >= 0) {
            double w = m.objW[current];
            double h = m.objH[current];
            double tol = Legality.DEFAULT_TOLERANCE / 10;
            int count = legalMask.compute(w, h, obstacles, obstacleCount, config.spacing(), tol, legal);
            fallback = count == 0;
            if (fallback && legalMask.compute(w, h, obstacles, 0, 0, tol, legal) == 0) {
                Arrays.fill(legal, true);
            }
            boxes.wireMask(current, grid, colCost, rowCost, scratch);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cellsCount; c++) {
                if (legal[c]) {
                    double v = colCost[c % grid.nx()] + rowCost[c / grid.nx()];
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            double range = hi - lo;
            for (int c = 0; c < cellsCount; c++) {
                mask[c] = legal[c];
                position[c] = legal[c] ? 1f : 0f;
                double v = colCost[c % grid.nx()] + rowCost[c / grid.nx()];
                wire[c] = !legal[c] ? 1f : range > 0 ? (float) ((v - lo) / range) : 0f;
            }
        } else {
            Arrays.fill(legal, false);
        }
        float[] occ = new float[cellsCount];
        for (int c = 0; c < cellsCount; c++) {
            occ[c] = (float) Math.min(1.0, occupancy[c]);
        }
        return new Observation(t, current, occ, wire, position, mask, size(current), size(t + 1 < order.length
                ? order[t + 1] : -1), placedFlags(), coords(true), coords(false));
    }

    private float[] size(int o) {
        return o < 0 ? new float[2]
                : new float[] {(float) (m.objW[o] / canvas.width()), (float) (m.objH[o] / canvas.height())};
    }

    private float[] placedFlags() {
        float[] f = new float[graph.nodeCount()];
        for (int o = 0; o < m.objectCount(); o++) {
            f[o] = placed[o] ? 1f : 0f;
        }
        Arrays.fill(f, m.objectCount(), f.length, 1f);
        return f;
    }

    private float[] coords(boolean isX) {
        float[] f = new float[graph.nodeCount()];
        double scale = isX ? canvas.width() : canvas.height();
        for (int o = 0; o < m.objectCount(); o++) {
            f[o] = placed[o] ? (float) ((isX ? x[o] : y[o]) / scale) : 0f;
        }
        Placement init = problem.initial();
        for (int i = 0; i < ports.length; i++) {
            f[m.objectCount() + i] = (float) ((isX ? init.x(ports[i]) : init.y(ports[i])) / scale);
        }
        return f;
    }

    private void addObstacle(double x0, double y0, double x1, double y1) {
        int k = 4 * obstacleCount++;
        obstacles[k] = x0;
        obstacles[k + 1] = y0;
        obstacles[k + 2] = x1;
        obstacles[k + 3] = y1;
    }

    /** Adds an object's overlap with each action cell, as a fraction of the cell area. */
    private void addOccupancy(int o) {
        Canvas canvas = actionCanvas;
        double gw = canvas.cellWidth();
        double gh = canvas.cellHeight();
        double x0 = x[o] - m.objW[o] / 2;
        double x1 = x[o] + m.objW[o] / 2;
        double y0 = y[o] - m.objH[o] / 2;
        double y1 = y[o] + m.objH[o] / 2;
        int c0 = canvas.column(x0);
        int c1 = canvas.column(x1);
        int r0 = canvas.row(y0);
        int r1 = canvas.row(y1);
        for (int r = r0; r <= r1; r++) {
            double oy = Math.min(y1, (r + 1) * gh) - Math.max(y0, r * gh);
            if (oy <= 0) {
                continue;
            }
            for (int c = c0; c <= c1; c++) {
                double ox = Math.min(x1, (c + 1) * gw) - Math.max(x0, c * gw);
                if (ox > 0) {
                    occupancy[r * canvas.columns() + c] += ox * oy / (gw * gh);
                }
            }
        }
    }
}
