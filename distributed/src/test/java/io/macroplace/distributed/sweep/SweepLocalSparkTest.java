package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.CostOptions;
import io.macroplace.cli.Main;
import io.macroplace.cli.Methods;
import io.macroplace.cli.Problems;
import io.macroplace.cli.cluster.SweepRequest;
import io.macroplace.distributed.ResultsCsv;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.testing.LefDefFixtures;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps of the sample design on Spark's local[2], through the command line and with failing runs. */
class SweepLocalSparkTest {
    @TempDir
    Path dir;

    static final Path SAMPLE = SweepFileReaderTest.sampleFolder();

    private Path sweepFile(String methods, String seeds, String timeLimit, String extra) throws Exception {
        return sweepFile("", methods, seeds, timeLimit, extra);
    }

    /** A sweep of the sample design and {@code moreDesigns} (JSON objects, each after a comma). */
    private Path sweepFile(String moreDesigns, String methods, String seeds, String timeLimit, String extra)
            throws Exception {
        Path f = dir.resolve("sweep.json");
        Files.writeString(f, "{\"designs\": [{\"netlist\": \"" + SAMPLE.resolve("netlist.pb.txt.gz")
                + "\", \"plc\": \"" + SAMPLE.resolve("initial.plc") + "\", \"name\": \"sample\"}" + moreDesigns
                + "],\n\"methods\": " + methods
                + ",\n\"seeds\": " + seeds + ",\n\"time_limit\": \"" + timeLimit + "\"" + extra + "}\n");
        return f;
    }

    static List<Map<String, String>> csv(Path file) throws Exception {
        return ResultsCsv.read(file);
    }

    @Test
    void sweepCommandRunsEveryRunAndWritesTablesReportsAndPlacements() throws Exception {
        Path file = sweepFile("[\"random\", \"greedy\", \"sa\"]", "2", "1s",
                ",\n\"grid\": {\"sa.max_moves\": [20000]}");
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), "sweep", file.toString(), "--out",
                out.toString(), "--master", "local[2]");
        assertEquals(0, code, stderr + "\n" + stdout);
        assertTrue(stdout.toString().contains("sweep: 6 runs (1 design(s), 3 variant(s), 2 seed(s)) on local[2], "
                + "up to 2 tries each"), stdout.toString());
        assertTrue(stdout.toString().contains("[6/6 done, 0 running, 0 failed]"), stdout.toString());

        List<Map<String, String>> rows = csv(out.resolve("results.csv"));
        assertEquals(6, rows.size());
        assertEquals(List.of("design", "method", "seed", "time_limit", "settings", "variant", "proxy_cost",
                "wirelength", "density", "congestion", "hpwl", "legal", "runtime_s", "status", "error", "attempts",
                "executor", "plc", "picture"),
                List.of(Files.readAllLines(out.resolve("results.csv")).get(0).split(",")));
        Problems problems = Problems.load(SAMPLE.resolve("netlist.pb.txt.gz"), SAMPLE.resolve("initial.plc"),
                new CostOptions());
        for (Map<String, String> row : rows) {
            assertEquals("ok", row.get("status"), row.toString());
            assertEquals("true", row.get("legal"));
            assertEquals("1", row.get("attempts"));
            // the written placement is the run's: scoring it again gives the row's cost
            PlcFile plc = PlcReader.read(out.resolve(row.get("plc")), problems.problem().netlist());
            double proxy = problems.problem().evaluator().evaluate(plc.placement()).proxy();
            assertEquals(proxy, Double.parseDouble(row.get("proxy_cost")), 1e-9 * proxy, row.toString());
            assertTrue(Files.size(out.resolve(row.get("picture"))) > 1000);
        }
        // random and greedy do not depend on the clock: a run is the library's placement for that seed
        for (Map<String, String> row : rows.subList(0, 4)) {
            PlacementResult direct = Methods.parse(row.get("method"), null).place(problems.problem(),
                    Long.parseLong(row.get("seed")), Duration.ofSeconds(1), ProgressListener.NONE);
            assertEquals(direct.costs().proxy(), Double.parseDouble(row.get("proxy_cost")), 0.0, row.toString());
        }
        assertEquals("sa (sa.max_moves=20000)", rows.get(4).get("variant"));
        assertEquals("sample/runs/sa-max_moves_20000-seed2.plc", rows.get(5).get("plc"));

        String report = Files.readString(out.resolve("sample/report.md"));
        for (String row : List.of("| initial.plc (input) | 1 |", "| random | 2 |", "| greedy | 2 |",
                "| sa (sa.max\\_moves=20000) | 2 |")) {
            assertTrue(report.contains(row), row + " in\n" + report);
        }
        assertTrue(Files.isRegularFile(out.resolve("sample/report.html")));
        assertTrue(Files.isRegularFile(out.resolve("sample/proxy-cost.png")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("| random | 2 |"));

        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            List<Row> parquet = spark.read().parquet(out.resolve("results.parquet").toString())
                    .orderBy("method", "seed").collectAsList();
            assertEquals(6, parquet.size());
            Map<String, Double> fromCsv = new HashMap<>();
            rows.forEach(r -> fromCsv.put(r.get("variant") + "/" + r.get("seed"),
                    Double.parseDouble(r.get("proxy_cost"))));
            for (Row r : parquet) {
                assertEquals(fromCsv.get(r.getAs("variant") + "/" + r.<Long>getAs("seed")),
                        r.<Double>getAs("proxy_cost"));
                assertEquals("ok", r.getAs("status"));
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void aFailedTryIsRetriedAndARunThatFailsEveryTryIsReportedWhileTheOthersFinish() throws Exception {
        // a second design, a DEF with its LEF files, shipped to the executors like the first
        LefDefFixtures.copy(dir);
        StringBuilder lefs = new StringBuilder();
        for (Path lef : LefDefFixtures.lefs(dir)) {
            lefs.append(lefs.length() == 0 ? "" : ", ").append('"').append(lef.getFileName()).append('"');
        }
        Path file = sweepFile(",\n{\"netlist\": \"macros.def\", \"lef\": [" + lefs + "]}", "[\"random\", \"greedy\"]",
                "2", "1s", "");
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        RunExecutor flaky = (run, inputs, attempts, executor) -> {
            boolean sampleGreedy = run.designName().equals("sample") && run.method().equals("greedy");
            if (sampleGreedy && run.seed() == 1 && attempts == 1) {
                throw new IllegalStateException("first try of greedy seed 1");
            }
            if (sampleGreedy && run.seed() == 2) {
                throw new IllegalStateException("greedy seed 2, try " + attempts);
            }
            return RunTask.run(run, inputs, attempts, executor);
        };
        SweepRequest request = new SweepRequest(file, out, "local[2]", Map.of(), 2);
        int code = new Sweep(request, new PrintWriter(stdout), flaky).run();
        assertEquals(1, code, stdout.toString());
        String log = stdout.toString();
        assertTrue(log.contains("retry: sample greedy seed 1 (try 1): "), log);
        assertTrue(log.contains("first try of greedy seed 1"), log);
        assertTrue(log.contains("sample  greedy  seed 2  FAILED after 2 tries: IllegalStateException: greedy seed 2, "
                + "try 2"), log);
        assertTrue(log.contains("[8/8 done, 0 running, 1 failed]"), log);

        List<Map<String, String>> rows = csv(out.resolve("results.csv"));
        assertEquals(8, rows.size());
        for (Map<String, String> def : rows.subList(4, 8)) {
            assertEquals("macros.def", def.get("design"));
            assertEquals("ok", def.get("status"), def.toString());
            assertEquals("true", def.get("legal"), def.toString());
        }
        assertTrue(Files.readString(out.resolve("macros.def/report.md")).contains("| greedy | 2 |"));
        Map<String, String> retried = rows.get(2);
        assertEquals("greedy", retried.get("method"));
        assertEquals("ok", retried.get("status"));
        assertEquals("2", retried.get("attempts"));
        Map<String, String> failed = rows.get(3);
        assertEquals("failed", failed.get("status"));
        assertEquals("false", failed.get("legal"));
        assertEquals("", failed.get("proxy_cost"));
        assertEquals("IllegalStateException: greedy seed 2, try 2", failed.get("error"));
        assertEquals("ok", rows.get(0).get("status"));
        assertEquals("ok", rows.get(1).get("status"));

        String report = Files.readString(out.resolve("sample/report.md"));
        assertTrue(report.contains("| greedy | 1 |"), report); // the one seed that succeeded
        assertTrue(report.contains("1 run(s) failed on every try: greedy seed 2: IllegalStateException"), report);
    }
}
