package io.macroplace.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.Main;
import io.macroplace.distributed.spark.AppJars;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import io.macroplace.rl.io.PolicyIo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed commands on a real standalone cluster (master and worker as separate JVMs on
 * 127.0.0.1): a sweep during which the worker is killed and restarted still reports every run
 * exactly once; {@code train --master} collects its episodes on the worker's executor and trains
 * exactly as the threaded collector. Run by {@code mvn verify -Pcluster} (.ci/run).
 */
@Tag("cluster")
class StandaloneClusterTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aSweepSurvivesItsWorkerBeingKilledAndRestarted() throws Exception {
        Path sample = Path.of(System.getProperty("macroplace.home")).resolve("designs/sample").toAbsolutePath();
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"designs\": [{\"netlist\": \"" + sample.resolve("netlist.pb.txt.gz")
                + "\", \"plc\": \"" + sample.resolve("initial.plc") + "\", \"name\": \"sample\"}],\n"
                + "\"methods\": [\"random\", \"greedy\", \"sa\"], \"seeds\": 3, \"time_limit\": \"3s\"}\n");
        Path out = dir.resolve("out");
        // macroplace's jars go to the executors from the driver, as from the launcher
        System.setProperty(AppJars.PROPERTY, StandaloneCluster.target().resolve("classes") + File.pathSeparator
                + StandaloneCluster.appClasspath());
        StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        AtomicReference<Throwable> killerFailed = new AtomicReference<>();
        try {
            Thread killer = new Thread(() -> {
                try {
                    Path runs = out.resolve("sample/runs");
                    while (!Files.isDirectory(runs) || Files.list(runs).noneMatch(p -> p.toString().endsWith(".plc"))) {
                        Thread.sleep(100);
                    }
                    assertTrue(!cluster.executors().isEmpty(), "the worker runs an executor");
                    cluster.killWorker();
                    cluster.startWorker();
                } catch (Throwable t) {
                    killerFailed.set(t);
                }
            }, "kill-worker");
            killer.setDaemon(true);
            killer.start();
            int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), "sweep", file.toString(),
                    "--out", out.toString(), "--master", cluster.masterUrl(),
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1");
            killer.join(60_000);
            String log = stdout + "\n" + stderr + "\n" + cluster.logTails();
            assertEquals(null, killerFailed.get(), log);
            assertEquals(0, code, log);
            assertTrue(stdout.toString().contains("was lost"), "a run was lost with the killed worker:\n" + log);
            List<Map<String, String>> rows = ResultsCsv.read(out.resolve("results.csv"));
            Set<String> runs = new HashSet<>();
            for (Map<String, String> r : rows) {
                assertEquals("ok", r.get("status"), r.toString());
                assertTrue(runs.add(r.get("method") + " seed " + r.get("seed")), "twice: " + r);
                assertTrue(Files.isRegularFile(out.resolve(r.get("plc"))), r.toString());
            }
            assertEquals(9, runs.size(), rows.toString());
            assertTrue(Files.isDirectory(out.resolve("results.parquet")));
        } finally {
            cluster.close();
            System.clearProperty(AppJars.PROPERTY);
        }
        assertEquals(List.of(), cluster.alive(), "processes left running");
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void trainCollectsItsRolloutsOnTheWorker() throws Exception {
        Path design = dir.resolve("d");
        run("generate", "--hard-macros", "6", "--soft-macros", "12", "--ports", "8", "--seed", "3",
                "--out", design.toString());
        Path config = dir.resolve("small.json");
        Files.writeString(config, """
                {"policy": {"gnnLayers": 2, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8},
                 "ppo": {"episodesPerIteration": 4, "minibatchSize": 16, "epochs": 1}}
                """);
        List<String> train = List.of("train", design.resolve("netlist.pb.txt.gz").toString(), "--plc",
                design.resolve("initial.plc").toString(), "--config", config.toString(), "--iterations", "2",
                "--quiet");
        Path threaded = dir.resolve("threaded.zip");
        run(concat(train, "--out", threaded.toString()));

        System.setProperty(AppJars.PROPERTY, StandaloneCluster.target().resolve("classes") + File.pathSeparator
                + StandaloneCluster.appClasspath());
        StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"));
        Path spark = dir.resolve("spark.zip");
        try {
            String out = run(concat(train, "--out", spark.toString(), "--master", cluster.masterUrl(),
                    "--episodes-per-task", "4",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"));
            assertTrue(out.contains("rollouts: on Spark, " + cluster.masterUrl()), out);
            assertTrue(out.contains("stopped: iterations after iteration 2"), out);
            assertTrue(!cluster.executors().isEmpty(), "the worker ran an executor");
        } finally {
            cluster.close();
            System.clearProperty(AppJars.PROPERTY);
        }
        assertEquals(List.of(), cluster.alive(), "processes left running");
        // the executor's episodes trained the same policy as the threaded collector's
        assertEquals(meanProxyCosts(dir.resolve("threaded.metrics.csv")),
                meanProxyCosts(dir.resolve("spark.metrics.csv")));
        var p = PolicyIo.load(threaded).params();
        var q = PolicyIo.load(spark).params();
        for (String name : p.keySet()) {
            assertArrayEquals(p.get(name).data().asDouble(),
                    q.get(name).data().asDouble(), 0.0, name);
        }
    }

    private static List<String> meanProxyCosts(Path metrics) throws Exception {
        return ResultsCsv.read(metrics).stream().map(r -> r.get("mean_proxy_cost")).toList();
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err + "\n" + out);
        return out.toString();
    }
}
