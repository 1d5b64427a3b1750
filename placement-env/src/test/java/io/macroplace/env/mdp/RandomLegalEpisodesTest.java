package io.macroplace.env.mdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.testing.SharedDesigns;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A policy that samples uniformly among legal actions always finishes the episode with a legal
 * placement: the environment never dead-ends on a legal action (crowded canvases force repairs),
 * and the repairs keep the configured spacing between hard macros.
 */
class RandomLegalEpisodesTest {

    /** Runs seeded uniformly random legal episodes; returns the environment's dead-end repairs. */
    static int runEpisodes(PlacementProblem p, EnvConfig config, int episodes, long seed) {
        PlacementEnv env = new PlacementEnv(p, config);
        SplittableRandom r = new SplittableRandom(seed);
        for (int e = 0; e < episodes; e++) {
            Observation obs = env.reset(e);
            Step step = null;
            for (int t = 0; t < env.episodeLength(); t++) {
                int[] legal = env.legalActions();
                assertTrue(legal.length > 0, "no legal action at step " + t);
                assertTrue(obs.legalMask()[legal[0]]);
                step = env.step(legal[r.nextInt(legal.length)]);
                assertTrue(Double.isFinite(step.reward()));
                assertEquals(t == env.episodeLength() - 1, step.done());
                obs = step.observation();
            }
            if (step == null) {
                continue; // no movable hard macro: nothing to place
            }
            assertNotNull(step.result());
            assertTrue(Double.isFinite(step.result().proxyCost()));
            LegalityReport report = env.lastLegality();
            assertTrue(report.legal(), "episode " + e + ": " + report);
            assertTrue(Legality.check(p.netlist(), env.lastPlacement(), p.canvas()).legal());
            double gap = smallestGap(p.netlist(), env.lastPlacement());
            assertTrue(gap >= config.spacing() - 1e-6, "episode " + e + ": two hard macros " + gap + " apart");
        }
        return env.repairs();
    }

    /**
     * Naive reference for the spacing rule: over all pairs of hard macros, the smallest of the
     * larger of the x gap and the y gap (negative when they overlap).
     */
    static double smallestGap(Netlist n, Placement pl) {
        int[] hard = n.nodesOf(NodeKind.HARD_MACRO);
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < hard.length; i++) {
            for (int j = i + 1; j < hard.length; j++) {
                double gx = Math.max(left(n, pl, hard[j]) - right(n, pl, hard[i]), left(n, pl, hard[i]) - right(n, pl, hard[j]));
                double gy = Math.max(bottom(n, pl, hard[j]) - top(n, pl, hard[i]), bottom(n, pl, hard[i]) - top(n, pl, hard[j]));
                smallest = Math.min(smallest, Math.max(gx, gy));
            }
        }
        return smallest;
    }

    private static double left(Netlist n, Placement pl, int node) {
        return pl.x(node) - side(n, pl, node, true) / 2;
    }

    private static double right(Netlist n, Placement pl, int node) {
        return pl.x(node) + side(n, pl, node, true) / 2;
    }

    private static double bottom(Netlist n, Placement pl, int node) {
        return pl.y(node) - side(n, pl, node, false) / 2;
    }

    private static double top(Netlist n, Placement pl, int node) {
        return pl.y(node) + side(n, pl, node, false) / 2;
    }

    private static double side(Netlist n, Placement pl, int node, boolean horizontal) {
        return pl.orientation(node).swapsSides() == horizontal ? n.height(node) : n.width(node);
    }

    @ParameterizedTest(name = "spacing {0} on the crowded canvas")
    @ValueSource(doubles = {2, 5, 10})
    void spacingIsKeptThroughDeadEndRepairs(double spacing) {
        // 45 x 35 macros on 100 x 80 fit 2 x 2 with a gap of up to 10; no cell centre allows it
        int repairs = runEpisodes(TinyDesigns.crowded(), EnvConfig.defaults().withSpacing(spacing), 20, 1);
        assertTrue(repairs > 0, "the crowded canvas dead-ends");
    }

    @Test
    void spacingIsKeptThroughDeadEndRepairsOnAGeneratedDesign() {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(30, 40, 20)
                .withUtilisation(0.85, 1.0).withSeed(2));
        PlacementProblem p = PlacementProblem.of(g.netlist(), CostSettings.resolve(g.netlist(), g.plc().header()),
                g.plc().placement());
        int repairs = runEpisodes(p, EnvConfig.defaults().withPlaceSoftMacros(false).withSpacing(2), 20, 2);
        assertTrue(repairs > 0, "this crowded design dead-ends");
    }

    @ParameterizedTest(name = "generated, utilisation {0}, seed {1}")
    @CsvSource({"0.8, 2", "0.8, 6", "0.85, 3", "0.85, 4", "0.85, 7"})
    void crowdedGeneratedDesigns(double utilisation, long seed) {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(30, 40, 20)
                .withUtilisation(utilisation, 1.0).withSeed(seed));
        PlacementProblem p = PlacementProblem.of(g.netlist(), CostSettings.resolve(g.netlist(), g.plc().header()),
                g.plc().placement());
        int repairs = runEpisodes(p, EnvConfig.defaults().withPlaceSoftMacros(false)
                .withReward(EnvConfig.RewardMode.DENSE_HPWL), 40, seed);
        System.out.println("generated u=" + utilisation + " seed=" + seed + ": 40 episodes, repairs " + repairs);
        if (seed == 3) {
            assertTrue(repairs > 0, "this crowded design dead-ends without repairs");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ct-macro_tiles_10x10", "ct-sample_clustered", "ct-simple_grouped_with_coords",
            "ct-simple_grouped_with_coords_with_blockage", "ct-simple_with_coords", "ct-toy_macro_stdcell",
            "ariane133-ng45"})
    void sharedDesigns(String design) throws IOException {
        boolean ariane = design.startsWith("ariane");
        PlacementProblem p = PlacementProblem.load(
                SharedDesigns.file(design, ariane ? "netlist.pb.txt.gz" : "netlist.pb.txt"),
                SharedDesigns.file(design, ariane ? "legalized.plc" : "initial.plc"));
        int episodes = ariane ? 30 : 20;
        int repairs = runEpisodes(p, EnvConfig.defaults().withPlaceSoftMacros(false), episodes, 11);
        System.out.println(design + ": " + episodes + " episodes, repairs " + repairs);
    }
}
