package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.cli.cluster.ClusterBackend;
import org.junit.jupiter.api.Test;

/** The command-line jar has no Spark: sweep says how to run it instead. */
class SweepWithoutSparkTest {
    @Test
    void sweepExplainsWhereSparkIs() {
        assertTrue(ClusterBackend.find().isEmpty(), "no Spark backend on the CLI's class path");
        CliRun run = CliRun.of("sweep", "sweep.json", "--out", "out");
        assertEquals(2, run.exitCode());
        assertEquals("error: sweep runs on Apache Spark, which this jar does not contain: run it through the "
                + "./macroplace launcher, which builds the distributed module (or see the README's sweep section "
                + "for spark-submit)\n", run.err());
    }
}
