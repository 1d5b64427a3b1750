package io.macroplace.env.mdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The action grid: the cost grid split factor x factor; masks on it; proxy cost on the design's grid. */
class ActionGridTest {

    /**
     * At every step the legal mask is exactly the action cells whose centre keeps the macro inside
     * the canvas and clear, by the spacing, of every macro placed so far (checked against a brute
     * force over all cells and placed rectangles), and random legal episodes end legal.
     */
    @Test
    void maskIsExactlyTheNonOverlappingInCanvasCellsOfTheActionGrid() {
        for (int factor = 1; factor <= 3; factor++) {
            for (double spacing : new double[] {0, 3}) {
                PlacementProblem p = roomy(10 + factor);
                EnvConfig config = EnvConfig.defaults().withActionGridFactor(factor).withSpacing(spacing);
                PlacementEnv env = new PlacementEnv(p, config);
                Canvas canvas = p.canvas();
                assertEquals(canvas.columns() * factor, env.columns());
                assertEquals(canvas.rows() * factor, env.rows());
                MacroNetModel m = p.model();
                int[] order = env.order();
                SplittableRandom rng = new SplittableRandom(factor);
                Observation obs = env.reset(0);
                List<double[]> placed = new ArrayList<>(); // x0, y0, x1, y1
                Step step = null;
                for (int t = 0; t < order.length; t++) {
                    double w = m.objW[order[t]];
                    double h = m.objH[order[t]];
                    List<Integer> legal = new ArrayList<>();
                    for (int c = 0; c < env.columns() * env.rows(); c++) {
                        double cx = (c % env.columns() + 0.5) * canvas.width() / env.columns();
                        double cy = (c / env.columns() + 0.5) * canvas.height() / env.rows();
                        boolean expected = fits(cx, cy, w, h, canvas, placed, spacing);
                        assertEquals(expected, obs.legalMask()[c],
                                "factor " + factor + " spacing " + spacing + " step " + t + " cell " + c);
                        if (expected) {
                            legal.add(c);
                        }
                    }
                    assertTrue(!legal.isEmpty(), "the test design leaves room for every macro");
                    int c = legal.get(rng.nextInt(legal.size()));
                    double cx = (c % env.columns() + 0.5) * canvas.width() / env.columns();
                    double cy = (c / env.columns() + 0.5) * canvas.height() / env.rows();
                    placed.add(new double[] {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2});
                    step = env.step(c);
                    obs = step.observation();
                }
                assertTrue(step.done());
                assertTrue(env.lastLegality().legal(), env.lastLegality().firstProblem());
                for (int i = 0; i < order.length; i++) {
                    assertEquals(placed.get(i)[0] + m.objW[order[i]] / 2, step.result().macroX()[i], 1e-9);
                }
            }
        }
    }

    /** A generated design at 30 % utilisation: random legal episodes never run out of room. */
    private static PlacementProblem roomy(long seed) {
        GeneratorConfig g = GeneratorConfig.defaults().withCounts(20, 80, 30).withSeed(seed);
        GeneratedDesign d = DesignGenerator.generate(g.withUtilisation(0.3, g.aspectRatio()));
        return PlacementProblem.of(d.netlist(), CostSettings.resolve(d.netlist(), d.plc().header()), d.plc().placement());
    }

    private static boolean fits(double cx, double cy, double w, double h, Canvas canvas, List<double[]> placed,
                                double spacing) {
        double tol = Legality.DEFAULT_TOLERANCE / 10;
        if (cx - w / 2 < -tol || cx + w / 2 > canvas.width() + tol || cy - h / 2 < -tol
                || cy + h / 2 > canvas.height() + tol) {
            return false;
        }
        for (double[] r : placed) {
            double gapX = Math.max(r[0] - (cx + w / 2), (cx - w / 2) - r[2]);
            double gapY = Math.max(r[1] - (cy + h / 2), (cy - h / 2) - r[3]);
            if (Math.max(gapX, gapY) < spacing - tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * With factor 2 every action centre lies a quarter cell off the cost-grid cell centres, so the
     * macro straddles a cost-grid line; the episode still scores Circuit Training's proxy cost on
     * the design's own grid, and the occupancy map sees the macro on the action cells it covers.
     */
    @Test
    void macrosStraddleCostGridCellsAndAreScoredOnTheDesignsGrid() {
        PlacementProblem p = roomy(21);
        PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults().withActionGridFactor(2));
        Canvas canvas = p.canvas();
        Observation obs = env.reset(0);
        Step step = null;
        int straddling = 0;
        while (obs != null) {
            step = env.step(firstLegal(obs));
            obs = step.observation();
        }
        double[] xs = step.result().macroX();
        double[] ys = step.result().macroY();
        MacroNetModel m = p.model();
        int[] order = env.order();
        for (int i = 0; i < xs.length; i++) {
            double fx = xs[i] / canvas.cellWidth() - Math.floor(xs[i] / canvas.cellWidth());
            double fy = ys[i] / canvas.cellHeight() - Math.floor(ys[i] / canvas.cellHeight());
            assertTrue(Math.abs(fx - 0.25) < 1e-9 || Math.abs(fx - 0.75) < 1e-9, "x at a quarter cell: " + fx);
            assertTrue(Math.abs(fy - 0.25) < 1e-9 || Math.abs(fy - 0.75) < 1e-9, "y at a quarter cell: " + fy);
            double x0 = xs[i] - m.objW[order[i]] / 2;
            double x1 = xs[i] + m.objW[order[i]] / 2;
            if (canvas.column(x0) != canvas.column(x1 - 1e-9)) {
                straddling++;
            }
        }
        assertTrue(straddling > 0, "some macro crosses a cost-grid column line");
        assertTrue(env.lastLegality().legal());
        Costs c = p.evaluator().evaluate(env.lastPlacement());
        assertEquals(c.proxy(), step.result().proxyCost(), 1e-12);
        assertEquals(-c.proxy(), step.reward(), 0.0);
    }

    @Test
    void occupancyIsTheCoveredFractionOfEachActionCell() {
        PlacementProblem p = roomy(22);
        PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults().withActionGridFactor(3));
        Observation obs = env.reset(0);
        int c = firstLegal(obs);
        Observation next = env.step(c).observation();
        int o = env.order()[0];
        double w = p.model().objW[o];
        double h = p.model().objH[o];
        double cw = p.canvas().width() / env.columns();
        double ch = p.canvas().height() / env.rows();
        double cx = (c % env.columns() + 0.5) * cw;
        double cy = (c / env.columns() + 0.5) * ch;
        double covered = 0;
        for (int cell = 0; cell < next.occupancy().length; cell++) {
            double col = cell % env.columns();
            double row = cell / env.columns();
            double ox = Math.max(0, Math.min(cx + w / 2, (col + 1) * cw) - Math.max(cx - w / 2, col * cw));
            double oy = Math.max(0, Math.min(cy + h / 2, (row + 1) * ch) - Math.max(cy - h / 2, row * ch));
            double expected = Math.min(1, obs.occupancy()[cell] + ox * oy / (cw * ch));
            assertEquals(expected, next.occupancy()[cell], 1e-5, "cell " + cell);
            covered += next.occupancy()[cell] - obs.occupancy()[cell];
        }
        assertEquals(w * h / (cw * ch), covered, 1e-3);
    }

    @Test
    void shapedRewardsPayTheWirelengthStepByStepAndSumToMinusTheProxyCost() {
        PlacementProblem p = roomy(23);
        PlacementEnv shaped = new PlacementEnv(p, EnvConfig.defaults().withActionGridFactor(2)
                .withReward(EnvConfig.RewardMode.SHAPED));
        PlacementEnv dense = new PlacementEnv(p, EnvConfig.defaults().withActionGridFactor(2)
                .withReward(EnvConfig.RewardMode.DENSE_HPWL));
        Observation a = shaped.reset(0);
        dense.reset(0);
        SplittableRandom rng = new SplittableRandom(3);
        double sum = 0;
        Step s;
        do {
            int[] legal = shaped.legalActions();
            int c = legal[rng.nextInt(legal.length)];
            s = shaped.step(c);
            Step d = dense.step(c);
            sum += s.reward();
            if (!s.done()) {
                assertEquals(p.settings().wirelengthWeight() * d.reward(), s.reward(), 1e-15);
                assertTrue(s.reward() <= 0);
            }
        } while (!s.done());
        assertEquals(-s.result().proxyCost(), sum, 1e-12);
    }

    @Test
    void factorOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EnvConfig.defaults().withActionGridFactor(0));
        assertThrows(IllegalArgumentException.class,
                () -> EnvConfig.defaults().withActionGridFactor(EnvConfig.MAX_ACTION_GRID_FACTOR + 1));
    }

    private static int firstLegal(Observation obs) {
        for (int c = 0; c < obs.legalMask().length; c++) {
            if (obs.legalMask()[c]) {
                return c;
            }
        }
        throw new AssertionError("no legal cell");
    }
}
