package io.macroplace.cli.cluster;

import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.EpisodeCollector;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the {@code distributed} module (Apache Spark) adds to the command line: {@code sweep} and
 * the rollouts of {@code train --master}. The command-line jar does not contain Spark; the launcher
 * runs those commands with the distributed module on the class path, where this service is found.
 */
public interface ClusterBackend {

    /** Runs a sweep file's placements as Spark tasks and writes the results; returns the exit code. */
    int sweep(SweepRequest request, PrintWriter out, PrintWriter err) throws Exception;

    /**
     * A collector playing PPO episodes on Spark executors; closing it stops Spark.
     *
     * @param pools  the trainer's environment pools, in the order of {@code request.designs()}
     * @param config the training's settings (the executors' environments and network sizes)
     */
    EpisodeCollector rollouts(RolloutRequest request, List<EnvPool> pools, RlConfig config) throws Exception;

    /** The backend on the class path, if any. */
    static Optional<ClusterBackend> find() {
        return ServiceLoader.load(ClusterBackend.class).findFirst();
    }

    /** The backend, or a one-line error saying how to get it. */
    static ClusterBackend require(String what) {
        return find().orElseThrow(() -> new io.macroplace.cli.UserException(what + " runs on Apache Spark, which "
                + "this jar does not contain: run it through the ./macroplace launcher, which builds the "
                + "distributed module (or see the README's Apache Spark section for spark-submit)"));
    }
}
