package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.command.CurvesCommand;
import io.macroplace.cli.report.RunsChart;
import io.macroplace.rl.train.IterationMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvesCommandTest {

    private static Path metrics(Path dir, double... secondsAndBest) throws Exception {
        List<IterationMetrics> m = new ArrayList<>();
        for (int i = 0; i < secondsAndBest.length / 2; i++) {
            m.add(new IterationMetrics(i + 1, 8, -0.9, 0.9, secondsAndBest[2 * i + 1], 0, 0, 1, 0, 0, 0, 100, 10, 1,
                    1, secondsAndBest[2 * i], 0));
        }
        Files.createDirectories(dir);
        Path f = dir.resolve("policy.metrics.csv");
        TrainingOutputs.writeCsv(f, m);
        return f;
    }

    @Test
    void plotsRunsAgainstTheirCumulativeMinutes(@TempDir Path dir) throws Exception {
        Path a = metrics(dir.resolve("ft"), 30, 0.8, 30, 0.7, 60, 0.65);
        Path b = metrics(dir.resolve("scratch"), 60, 0.9, 60, 0.85);
        RunsChart.Run run = CurvesCommand.read(a, "ft", "best_proxy_cost");
        assertArrayEquals(new double[] {0.5, 1.0, 2.0}, run.x(), 1e-12);
        assertArrayEquals(new double[] {0.8, 0.7, 0.65}, run.y(), 1e-12);
        Path png = dir.resolve("curves.png");
        CliRun ok = CliRun.of("curves", a.toString(), b.toString(), "--label", "fine-tuned", "--out", png.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.size(png) > 1000);
        assertTrue(ok.out().contains("wrote " + png + " (2 runs)"), ok.out());
    }

    @Test
    void aBadMetricsFileIsAOneLineErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "iteration,best_proxy_cost,seconds\n1,0.9,12\n2,oops,12\n");
        CliRun run = CliRun.of("curves", bad.toString(), "--out", dir.resolve("c.png").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + bad + ":3: bad metrics row"), run.err());
        assertTrue(Files.notExists(dir.resolve("c.png")));
    }
}
