package io.macroplace.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.Main;
import io.macroplace.distributed.spark.AppJars;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed commands on a real standalone cluster (master and worker as separate JVMs on
 * 127.0.0.1): a sweep during which the worker is killed and restarted still reports every run
 * exactly once. Run by {@code mvn verify -Pcluster} (.ci/run).
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
}
