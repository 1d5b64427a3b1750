package io.macroplace.rl.train;

import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.ppo.DesignEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;
import java.util.Random;

/**
 * Throughput numbers for the report, not a timed assertion: run with
 * {@code -Dtest=ThroughputBench -Dmacroplace.bench=true}.
 */
@EnabledIfSystemProperty(named = "macroplace.bench", matches = "true")
public class ThroughputBench {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("real")) {
            new ThroughputBench().realEnvironment();
        } else {
            new ThroughputBench().measure();
        }
    }

    /**
     * PPO on the real PlacementEnv over a generated design (20 hard, 80 soft macros, 30 ports), or
     * over a real design with {@code -Dbench.netlist=netlist.pb.txt.gz -Dbench.plc=legalized.plc}.
     */
    @Test
    public void realEnvironment() throws Exception {
        String netlist = System.getProperty("bench.netlist");
        io.macroplace.env.problem.PlacementProblem p = netlist != null
                ? io.macroplace.env.problem.PlacementProblem.load(java.nio.file.Path.of(netlist),
                        java.nio.file.Path.of(System.getProperty("bench.plc")))
                : io.macroplace.env.problem.TinyDesigns.generated(Long.getLong("bench.design", 3));
        java.util.function.Function<io.macroplace.env.mdp.EnvConfig, io.macroplace.env.mdp.MacroPlacementEnv> f =
                settings -> new io.macroplace.env.mdp.PlacementEnv(p, settings);
        io.macroplace.env.mdp.MacroPlacementEnv e = f.apply(PolicyConfig.defaults().environment());
        System.out.printf("real env: %dx%d grid, %d steps, %d nodes, %d edges%n", e.columns(), e.rows(),
                e.episodeLength(), e.graph().nodeCount(), e.graph().edgeCount());
        RlConfig cfg = new RlConfig(PolicyConfig.defaults(),
                PpoConfig.defaults().withRollout(Integer.getInteger("bench.episodes", 16), 2)
                        .withOptimisation(4, Integer.getInteger("bench.minibatch", 64), 3e-4, 0.01));
        PpoTrainer trainer = PpoTrainer.create(cfg, List.of(new DesignEnv("generated-3", f)));
        trainer.train(TrainingRun.iterations(Integer.getInteger("bench.iterations", 3)), m -> System.out.printf(
                "iteration %d: %.1f s (rollout %.1f s, %.0f env steps/s; update %.1f s), mean proxy %.4f, best %.4f,"
                        + " entropy %.3f%n", m.iteration(), m.seconds(), m.rolloutSeconds(), m.envStepsPerSecond(),
                m.updateSeconds(), m.meanProxyCost(), m.bestProxyCost(), m.entropy()));
        if (netlist != null) {
            return;
        }
        io.macroplace.place.PlacementResult greedy = new io.macroplace.place.greedy.GreedyPlacer(
                io.macroplace.env.construct.DecoderConfig.defaults()).place(p, 1, java.time.Duration.ofMinutes(1),
                io.macroplace.place.ProgressListener.NONE);
        System.out.printf("GreedyPlacer proxy cost for comparison: %.4f%n", greedy.costs().proxy());
    }

    @Test
    public void measure() throws Exception {
        System.out.println("backend: " + BackendInfo.current().summary());
        for (int[] s : new int[][]{{8, 6, 4, 10}, {32, 50, 100, 300}}) {
            ToyPlacementEnv env = ToyPlacementEnv.random(1, s[0], s[0], s[1], s[2], s[3]);
            LearningTest.randomCosts(env, 20, new Random(1)); // warm-up
            int episodes = s[0] == 8 ? 5000 : 40;
            long t = System.nanoTime();
            LearningTest.randomCosts(env, episodes, new Random(2));
            double sec = (System.nanoTime() - t) / 1e9;
            System.out.printf("toy env %dx%d, %d nodes, %d edges: %.0f random-legal env steps/s%n", s[0], s[0],
                    env.graph().nodeCount(), env.graph().edgeCount(), episodes * env.episodeLength() / sec);
        }
        RlConfig cfg = new RlConfig(PolicyConfig.defaults(), PpoConfig.defaults().withRollout(Integer.getInteger("bench.episodes", 16), 2));
        DesignEnv d = new DesignEnv("bench", settings -> ToyPlacementEnv.random(1, 32, 32, 50, 100, 300));
        PpoTrainer trainer = PpoTrainer.create(cfg, List.of(d));
        System.out.println("policy parameters: " + trainer.policy().parameterCount());
        trainer.train(TrainingRun.iterations(Integer.getInteger("bench.iterations", 2)), m -> System.out.printf(
                "iteration %d: %.1f s (rollout %.1f s = %.0f env steps/s with batched inference, update %.1f s),"
                        + " %d samples%n", m.iteration(), m.seconds(), m.rolloutSeconds(), m.envStepsPerSecond(),
                m.updateSeconds(), m.envSteps()));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("java heap used %d MB; JavaCPP physical bytes %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, org.bytedeco.javacpp.Pointer.physicalBytes() >> 20);
    }
}
