package io.macroplace.cli.cluster;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the {@code distributed} module (Apache Spark) adds to the command line: {@code sweep}. The
 * command-line jar does not contain Spark; the launcher runs that command with the distributed
 * module on the class path, where this service is found.
 */
public interface ClusterBackend {

    /** Runs a sweep file's placements as Spark tasks and writes the results; returns the exit code. */
    int sweep(SweepRequest request, PrintWriter out, PrintWriter err) throws Exception;

    /** The backend on the class path, if any. */
    static Optional<ClusterBackend> find() {
        return ServiceLoader.load(ClusterBackend.class).findFirst();
    }

    /** The backend, or a one-line error saying how to get it. */
    static ClusterBackend require(String what) {
        return find().orElseThrow(() -> new io.macroplace.cli.UserException(what + " runs on Apache Spark, which "
                + "this jar does not contain: run it through the ./macroplace launcher, which builds the "
                + "distributed module (or see the README's sweep section for spark-submit)"));
    }
}
