package io.macroplace.distributed;

import io.macroplace.cli.cluster.ClusterBackend;
import io.macroplace.cli.cluster.SweepRequest;
import io.macroplace.distributed.sweep.Sweep;
import java.io.PrintWriter;

/** The command line's Spark backend: found by the CLI through {@link java.util.ServiceLoader}. */
public final class SparkBackend implements ClusterBackend {
    @Override
    public int sweep(SweepRequest request, PrintWriter out, PrintWriter err) throws Exception {
        return new Sweep(request, out).run();
    }
}
