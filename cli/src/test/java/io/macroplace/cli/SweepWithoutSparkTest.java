package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.cluster.ClusterBackend;
import org.junit.jupiter.api.Test;

/** The command-line jar has no Spark: sweep and train --master say how to run them instead. */
class SweepWithoutSparkTest {
    @Test
    void sweepExplainsWhereSparkIs() {
        assertTrue(ClusterBackend.find().isEmpty(), "no Spark backend on the CLI's class path");
        CliRun run = CliRun.of("sweep", "sweep.json", "--out", "out");
        assertEquals(2, run.exitCode());
        assertEquals("error: sweep runs on Apache Spark, which this jar does not contain: run it through the "
                + "./macroplace launcher, which builds the distributed module (or see the README's Apache Spark "
                + "section for spark-submit)\n", run.err());
    }

    @Test
    void trainWithAMasterExplainsWhereSparkIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.of("train", "--iterations", "1", "--master", "local[2]", "--out",
                dir.resolve("p.zip").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: train --master runs on Apache Spark, which this jar does not contain: run it through "
                + "the ./macroplace launcher, which builds the distributed module (or see the README's Apache Spark "
                + "section for spark-submit)\n", run.err());
        assertEquals("", run.out(), "before any work");
    }
}
