package io.macroplace.distributed.rollout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.Main;
import io.macroplace.distributed.ResultsCsv;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code train --master local[2]} against the threaded collector: the same seed and episode count
 * give the same training, on two generated designs, for two iterations.
 */
class RolloutLocalSparkTest {
    @TempDir
    static Path dir;
    static List<String> designs;
    static Path threaded;

    /** The metrics columns that do not measure time. */
    static final List<String> RESULTS = List.of("iteration", "episodes", "mean_return", "mean_proxy_cost",
            "best_proxy_cost", "policy_loss", "value_loss", "entropy", "approx_kl", "clip_fraction", "grad_norm",
            "env_steps");

    @BeforeAll
    static void threadedRun() throws Exception {
        designs = new ArrayList<>();
        for (int seed : new int[] {3, 4}) {
            Path d = dir.resolve("d" + seed);
            run("generate", "--hard-macros", "6", "--soft-macros", "12", "--ports", "8", "--seed", String.valueOf(seed),
                    "--out", d.toString());
            designs.add(d.resolve("netlist.pb.txt.gz").toString());
        }
        for (int seed : new int[] {3, 4}) {
            designs.add("--plc");
            designs.add(dir.resolve("d" + seed).resolve("initial.plc").toString());
        }
        Files.writeString(dir.resolve("small.json"), """
                {"policy": {"gnnLayers": 2, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8},
                 "ppo": {"episodesPerIteration": 4, "minibatchSize": 16, "epochs": 1, "envThreads": 2}}
                """);
        threaded = train("threaded");
    }

    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err + "\n" + out);
        return out.toString();
    }

    /** Trains two iterations; the policy file. */
    static Path train(String name, String... more) {
        Path policy = dir.resolve(name + ".zip");
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(designs);
        args.addAll(List.of("--config", dir.resolve("small.json").toString(), "--iterations", "2", "--seed", "7",
                "--quiet", "--out", policy.toString()));
        args.addAll(List.of(more));
        String out = run(args.toArray(String[]::new));
        assertTrue(out.contains("stopped: iterations after iteration 2"), out);
        return policy;
    }

    static List<Map<String, String>> metrics(Path policy) throws Exception {
        return ResultsCsv.read(policy.resolveSibling(policy.getFileName().toString().replace(".zip", ".metrics.csv")));
    }

    @Test
    void groupsOfThePoolSizeTrainBitForBitAsTheThreadedCollector() throws Exception {
        Path spark = train("spark-pool", "--master", "local[2]", "--episodes-per-task", "4");
        List<Map<String, String>> a = metrics(threaded);
        List<Map<String, String>> b = metrics(spark);
        assertEquals(2, a.size());
        for (int i = 0; i < a.size(); i++) {
            for (String column : RESULTS) {
                assertTrue(a.get(i).containsKey(column), column);
                assertEquals(a.get(i).get(column), b.get(i).get(column), column + " of iteration " + (i + 1));
            }
        }
        assertEquals(8, Integer.parseInt(a.get(0).get("episodes")), "4 episodes of each of 2 designs");
        Map<String, INDArray> p = PolicyIo.load(threaded).params();
        Map<String, INDArray> q = PolicyIo.load(spark).params();
        assertEquals(p.keySet(), q.keySet());
        for (String name : p.keySet()) {
            assertArrayEquals(p.get(name).data().asDouble(), q.get(name).data().asDouble(), 0.0, name);
        }
    }

    @Test
    void groupsSplitOverTheTaskSlotsPlayTheSameEpisodes() throws Exception {
        // 2 tasks of 2 episodes per design: the forward passes batch 2 observations instead of 4, so
        // parameters may differ by float rounding; the sampled actions, hence the costs, do not
        Path spark = train("spark-split", "--master", "local[2]");
        List<Map<String, String>> a = metrics(threaded);
        List<Map<String, String>> b = metrics(spark);
        for (int i = 0; i < a.size(); i++) {
            for (String column : List.of("episodes", "mean_proxy_cost", "best_proxy_cost", "env_steps")) {
                assertEquals(a.get(i).get(column), b.get(i).get(column), column + " of iteration " + (i + 1));
            }
            for (String column : List.of("policy_loss", "value_loss", "entropy", "grad_norm")) {
                double x = Double.parseDouble(a.get(i).get(column));
                double y = Double.parseDouble(b.get(i).get(column));
                assertEquals(x, y, 1e-6 * Math.max(1, Math.abs(x)), column + " of iteration " + (i + 1));
            }
        }
        PolicyNetwork p = PolicyIo.load(threaded);
        PolicyNetwork q = PolicyIo.load(spark);
        for (String name : p.params().keySet()) {
            assertArrayEquals(p.params().get(name).data().asDouble(), q.params().get(name).data().asDouble(), 1e-6,
                    name);
        }
    }
}
