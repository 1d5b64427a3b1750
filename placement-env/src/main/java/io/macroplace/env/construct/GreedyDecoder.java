package io.macroplace.env.construct;

import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.FreeSpot;
import io.macroplace.env.legal.LegalMask;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.model.NetBoxes;
import io.macroplace.env.model.PositionGrid;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Blockage;
import java.util.SplittableRandom;

/**
 * WireMask greedy placement of hard macros (WireMask-BBO / WireMask-EA decode): macros in order,
 * each at the legal grid point with the least HPWL increase over the pins already placed. Ties
 * (within 1e-9 relative, or a configured band) go to the point nearest the macro's <em>gene</em>, a preferred centre
 * (the canvas centre for plain greedy; the genotype for the EA), then to the smaller point index.
 * When no grid point is legal the macro goes to the legal flush position nearest the best point
 * ({@link FreeSpot}). Reusable; not thread-safe.
 */
public final class GreedyDecoder {
    private final MacroNetModel m;
    private final Canvas canvas;
    private final PositionGrid grid;
    private final double spacing;
    private final boolean[] initiallyPlaced;
    private final NetBoxes boxes;
    private final LegalMask mask;
    private final boolean[] legal;
    private final double[] colCost;
    private final double[] rowCost;
    private final double[] scratch;
    private final double[] obstacles;
    private final double[] spot = new double[2];
    private boolean legalizing;
    private final double slack;

    /**
     * @param slack           tie band: points whose HPWL increase is within {@code slack * (max - min)}
     *                        of the least (over the legal points) count as ties, decided by the gene
     * @param initiallyPlaced objects whose pins count as placed before the first macro (fixed
     *                        objects, and soft macros when their input positions are to be used)
     */
    public GreedyDecoder(MacroNetModel model, Canvas canvas, PositionGrid grid, double spacing, double slack,
                         boolean[] initiallyPlaced) {
        this.m = model;
        this.canvas = canvas;
        this.grid = grid;
        this.spacing = spacing;
        this.slack = slack;
        this.initiallyPlaced = initiallyPlaced.clone();
        this.boxes = new NetBoxes(model);
        this.mask = new LegalMask(grid);
        this.legal = new boolean[grid.size()];
        this.colCost = new double[grid.nx()];
        this.rowCost = new double[grid.ny()];
        this.scratch = new double[4 * (Math.max(grid.nx(), grid.ny()) + 1)];
        this.obstacles = new double[4 * (canvas.blockages().size() + model.hardCount)];
    }

    /**
     * A decoder for the problem with the config's grid and pin rules: fixed objects count as placed
     * from the start, and soft macros too when {@link DecoderConfig#softPinsFromInput()} (each only
     * where the initial placement positions it).
     */
    public static GreedyDecoder of(PlacementProblem problem, DecoderConfig config) {
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

    public PositionGrid grid() {
        return grid;
    }

    /**
     * Places the macros of {@code order} one by one; {@code x, y} (object centres) must hold the
     * positions of everything else and receive the macros' centres.
     *
     * @param geneX preferred centre x of each macro, indexed like {@code order}
     * @return the summed HPWL increase of the placed macros (over the initially placed pins), or
     *         +infinity when some macro found no legal position at all (earlier choices left no
     *         room); the centres are then not a legal placement
     */
    public double decode(int[] order, double[] geneX, double[] geneY, double[] x, double[] y) {
        return run(order, geneX, geneY, null, x, y);
    }

    /**
     * Random legal placement: each macro of {@code order} on a uniformly drawn legal point (a random
     * flush position when no grid point is legal).
     *
     * @return the summed HPWL increase of the placed macros, or +infinity as for {@link #decode}
     */
    public double random(int[] order, SplittableRandom rng, double[] x, double[] y) {
        return run(order, null, null, rng, x, y);
    }

    /**
     * Legalisation: macros in order keep their centre in {@code x, y} when it is legal among the
     * macros already kept, else move to the nearest legal grid point (or flush position).
     *
     * @return the summed HPWL increase of the placed macros, or +infinity as for {@link #decode}
     */
    public double legalize(int[] order, double[] x, double[] y) {
        legalizing = true;
        try {
            double[] gx = new double[order.length];
            double[] gy = new double[order.length];
            for (int t = 0; t < order.length; t++) {
                gx[t] = x[order[t]];
                gy[t] = y[order[t]];
            }
            return run(order, gx, gy, null, x, y);
        } finally {
            legalizing = false;
        }
    }

    private double run(int[] order, double[] geneX, double[] geneY, SplittableRandom rng, double[] x, double[] y) {
        boxes.reset(initiallyPlaced, x, y);
        int k = 0;
        for (Blockage b : canvas.blockages()) {
            k = put(k, b.x0(), b.y0(), b.x1(), b.y1());
        }
        for (int o = 0; o < m.hardCount; o++) {
            if (m.objFixed[o]) {
                k = put(k, x[o] - m.objW[o] / 2, y[o] - m.objH[o] / 2, x[o] + m.objW[o] / 2, y[o] + m.objH[o] / 2);
            }
        }
        double total = 0;
        for (int t = 0; t < order.length; t++) {
            int o = order[t];
            total += rng == null ? placeOne(o, geneX[t], geneY[t], k / 4, x, y) : placeRandom(o, rng, k / 4, x, y);
            if (total == Double.POSITIVE_INFINITY) {
                return total; // macros from here on keep their old centres: the result is not legal
            }
            k = put(k, x[o] - m.objW[o] / 2, y[o] - m.objH[o] / 2, x[o] + m.objW[o] / 2, y[o] + m.objH[o] / 2);
        }
        return total;
    }

    private double placeOne(int o, double gx, double gy, int obstacleCount, double[] x, double[] y) {
        double w = m.objW[o];
        double h = m.objH[o];
        if (legalizing && gx - w / 2 >= 0 && gy - h / 2 >= 0 && gx + w / 2 <= canvas.width()
                && gy + h / 2 <= canvas.height() && FreeSpot.free(gx, gy, w, h, obstacles, obstacleCount, spacing,
                Legality.DEFAULT_TOLERANCE / 10)) {
            return commit(o, gx, gy, x, y);
        }
        int count = mask.compute(w, h, obstacles, obstacleCount, spacing, Legality.DEFAULT_TOLERANCE / 10, legal);
        boxes.wireMask(o, grid, colCost, rowCost, scratch);
        int nx = grid.nx();
        // pass 1: cost range over the candidates; pass 2: nearest the gene within the tie band
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < nx; i++) {
                if (count == 0 || legal[j * nx + i]) {
                    double cost = legalizing ? 0 : colCost[i] + rowCost[j];
                    lo = Math.min(lo, cost);
                    hi = Math.max(hi, cost);
                }
            }
        }
        double band = lo + Math.max(1e-9 * (1 + Math.abs(lo)), slack * (hi - lo));
        int best = -1;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int j = 0; j < grid.ny(); j++) {
            double dy = grid.y(j) - gy;
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if ((count > 0 && !legal[c]) || (!legalizing && colCost[i] + rowCost[j] > band)) {
                    continue;
                }
                double dx = grid.x(i) - gx;
                double d = dx * dx + dy * dy;
                if (d < bestDist) {
                    best = c;
                    bestDist = d;
                }
            }
        }
        double cx = grid.x(best % nx);
        double cy = grid.y(best / nx);
        if (count == 0) {
            if (!FreeSpot.nearest(canvas.width(), canvas.height(), w, h, obstacles, obstacleCount, spacing, cx, cy, spot)) {
                return Double.POSITIVE_INFINITY; // the canvas is too fragmented for this macro
            }
            cx = spot[0];
            cy = spot[1];
        }
        return commit(o, cx, cy, x, y);
    }

    private double placeRandom(int o, SplittableRandom rng, int obstacleCount, double[] x, double[] y) {
        double w = m.objW[o];
        double h = m.objH[o];
        int count = mask.compute(w, h, obstacles, obstacleCount, spacing, Legality.DEFAULT_TOLERANCE / 10, legal);
        double cx;
        double cy;
        if (count > 0) {
            int pick = rng.nextInt(count);
            int c = -1;
            for (int seen = -1; seen < pick; ) {
                c++;
                if (legal[c]) {
                    seen++;
                }
            }
            cx = grid.x(c % grid.nx());
            cy = grid.y(c / grid.nx());
        } else {
            double tx = rng.nextDouble() * canvas.width();
            double ty = rng.nextDouble() * canvas.height();
            if (!FreeSpot.nearest(canvas.width(), canvas.height(), w, h, obstacles, obstacleCount, spacing, tx, ty, spot)) {
                return Double.POSITIVE_INFINITY; // the canvas is too fragmented for this macro
            }
            cx = spot[0];
            cy = spot[1];
        }
        return commit(o, cx, cy, x, y);
    }

    private double commit(int o, double cx, double cy, double[] x, double[] y) {
        double d = boxes.delta(o, cx, cy);
        boxes.add(o, cx, cy);
        x[o] = cx;
        y[o] = cy;
        return d;
    }

    private int put(int k, double x0, double y0, double x1, double y1) {
        obstacles[k] = x0;
        obstacles[k + 1] = y0;
        obstacles[k + 2] = x1;
        obstacles[k + 3] = y1;
        return k + 4;
    }
}
