package io.macroplace.env.mdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlacementEnvTest {

    static PlacementProblem problem(long seed) {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(20, 80, 30).withSeed(seed));
        return PlacementProblem.of(g.netlist(), CostSettings.resolve(g.netlist(), g.plc().header()),
                g.plc().placement());
    }

    @Test
    void randomEpisodesEndLegalWithTheirTrueCostAndDenseRewardsSumToTheHpwlIncrease() {
        for (long seed = 1; seed <= 3; seed++) {
            PlacementProblem p = problem(seed);
            PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults().withReward(EnvConfig.RewardMode.DENSE_HPWL));
            MacroNetModel m = p.model();
            assertEquals(m.hardCount, env.episodeLength());
            Observation obs = env.reset(seed);
            SplittableRandom r = new SplittableRandom(seed);
            int[] order = env.order();
            double rewardSum = 0;
            Step step = null;
            for (int t = 0; t < env.episodeLength(); t++) {
                assertEquals(t, obs.step());
                // sizes from the netlist, as fractions of the canvas; the next macro's are zero at the last step
                assertArrayEquals(size(p, order[t]), obs.current(), "current macro at step " + t);
                float[] next = t + 1 < order.length ? size(p, order[t + 1]) : new float[] {0f, 0f};
                assertArrayEquals(next, obs.next(), "next macro at step " + t);
                assertTrue(t + 1 == order.length || next[0] > 0 && next[1] > 0);
                int[] legal = env.legalActions();
                int count = 0;
                for (int c = 0; c < obs.legalMask().length; c++) {
                    if (obs.legalMask()[c]) {
                        assertEquals(legal[count++], c);
                        assertEquals(1f, obs.positionMask()[c]);
                    } else {
                        assertEquals(1f, obs.wireMask()[c], "illegal cells have wire mask 1");
                    }
                }
                assertEquals(legal.length, count);
                assertTrue(count > 0);
                float min = Float.MAX_VALUE;
                for (int c : legal) {
                    min = Math.min(min, obs.wireMask()[c]);
                    assertTrue(obs.wireMask()[c] >= 0 && obs.wireMask()[c] <= 1);
                }
                assertEquals(0f, min, "the best legal cell has wire mask 0");
                step = env.step(legal[r.nextInt(legal.length)]);
                rewardSum += step.reward();
                obs = step.observation();
            }
            assertTrue(step.done());
            assertNull(step.observation());
            EpisodeResult res = step.result();
            assertNotNull(res);
            assertTrue(Legality.check(p.netlist(), env.lastPlacement(), p.canvas()).legal());
            Costs c = p.evaluator().evaluate(env.lastPlacement());
            assertEquals(c.proxy(), res.proxyCost(), 1e-12);
            for (int i = 0; i < order.length; i++) {
                assertEquals(env.lastPlacement().x(m.objNode[order[i]]), res.macroX()[i], 0.0);
            }
            // dense rewards: minus the HPWL growth of the nets over placed pins (ports, then hard macros)
            double norm = (p.canvas().width() + p.canvas().height()) * p.costModel().netWeightSum();
            double grown = placedHpwl(m, env.lastPlacement(), true) - placedHpwl(m, env.lastPlacement(), false);
            assertEquals(-grown / norm, rewardSum, 1e-9 * Math.max(1, grown / norm));
        }
    }

    /** Width and height of a hard-macro object over the canvas width and height (N or S: no side swap). */
    private static float[] size(PlacementProblem p, int object) {
        int node = p.model().objNode[object];
        assertEquals(false, p.initial().orientation(node).swapsSides());
        return new float[] {(float) (p.netlist().width(node) / p.canvas().width()),
            (float) (p.netlist().height(node) / p.canvas().height())};
    }

    /** HPWL over fixed pins and (optionally) hard-macro pins only. */
    private static double placedHpwl(MacroNetModel m, io.macroplace.netlist.Placement pl, boolean withHard) {
        double total = 0;
        for (int n = 0; n < m.netCount; n++) {
            double xl = Double.POSITIVE_INFINITY;
            double xh = Double.NEGATIVE_INFINITY;
            double yl = Double.POSITIVE_INFINITY;
            double yh = Double.NEGATIVE_INFINITY;
            for (int q = m.netStart[n]; q < m.netStart[n + 1]; q++) {
                int o = m.pinObj[q];
                if (o >= 0 && (!withHard || !m.isHard(o))) {
                    continue;
                }
                double px = o < 0 ? m.pinX[q] : pl.x(m.objNode[o]) + m.pinX[q];
                double py = o < 0 ? m.pinY[q] : pl.y(m.objNode[o]) + m.pinY[q];
                xl = Math.min(xl, px);
                xh = Math.max(xh, px);
                yl = Math.min(yl, py);
                yh = Math.max(yh, py);
            }
            if (xl <= xh) {
                total += m.netWeight[n] * ((xh - xl) + (yh - yl));
            }
        }
        return total;
    }

    @Test
    void finalRewardIsMinusProxyAndResetRepeatsTheEpisodeStart() {
        PlacementProblem p = problem(4);
        PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults());
        Observation a = env.reset(1);
        Observation b = env.reset(2);
        assertArrayEquals(a.wireMask(), b.wireMask());
        assertArrayEquals(a.legalMask(), b.legalMask());
        Step s = null;
        Observation obs = b;
        while (s == null || !s.done()) {
            int best = -1;
            for (int c = 0; c < obs.legalMask().length; c++) {
                if (obs.legalMask()[c] && (best < 0 || obs.wireMask()[c] < obs.wireMask()[best])) {
                    best = c;
                }
            }
            s = env.step(best);
            if (!s.done()) {
                assertEquals(0.0, s.reward());
                obs = s.observation();
            }
        }
        assertEquals(-s.result().proxyCost(), s.reward(), 0.0);
        assertThrows(IllegalStateException.class, () -> env.step(0));
    }

    @Test
    void illegalActionsAreRejected() {
        PlacementProblem p = problem(5);
        PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults());
        Observation o = env.reset(0);
        int illegal = -1;
        for (int c = 0; c < o.legalMask().length; c++) {
            if (!o.legalMask()[c]) {
                illegal = c;
            }
        }
        int bad = illegal;
        if (bad >= 0) {
            assertThrows(IllegalArgumentException.class, () -> env.step(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> env.step(-1));
    }

    @Test
    void graphIsSymmetricAndNamesTheMacroOfEachStep() {
        PlacementProblem p = problem(6);
        PlacementEnv env = new PlacementEnv(p, EnvConfig.defaults());
        MacroGraph g = env.graph();
        assertEquals(p.model().objectCount() + p.netlist().count(io.macroplace.netlist.NodeKind.PORT), g.nodeCount());
        assertEquals(env.episodeLength(), g.macroNode().length);
        assertTrue(g.edgeCount() > 0);
        for (int e = 0; e < g.edgeCount(); e += 2) {
            assertEquals(g.edgeSource()[e], g.edgeTarget()[e + 1]);
            assertEquals(g.edgeTarget()[e], g.edgeSource()[e + 1]);
            assertEquals(g.edgeWeight()[e], g.edgeWeight()[e + 1]);
            assertTrue(g.edgeWeight()[e] > 0);
        }
        for (int t = 0; t < g.macroNode().length; t++) {
            assertEquals(1f, g.staticFeatures()[g.macroNode()[t] * g.featureCount()], "step macros are hard");
        }
        Observation o = env.reset(0);
        assertEquals(g.macroNode()[0], o.currentNode());
    }
}
