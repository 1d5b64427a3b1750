package io.macroplace.distributed;

import io.macroplace.cli.cluster.ClusterBackend;
import io.macroplace.cli.cluster.RolloutRequest;
import io.macroplace.cli.cluster.SweepRequest;
import io.macroplace.distributed.rollout.RolloutInputs;
import io.macroplace.distributed.rollout.SparkEpisodeCollector;
import io.macroplace.distributed.spark.SparkSessions;
import io.macroplace.distributed.sweep.Sweep;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.EpisodeCollector;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The command line's Spark backend: found by the CLI through {@link java.util.ServiceLoader}. */
public final class SparkBackend implements ClusterBackend {
    @Override
    public int sweep(SweepRequest request, PrintWriter out, PrintWriter err) throws Exception {
        return new Sweep(request, out).run();
    }

    @Override
    public EpisodeCollector rollouts(RolloutRequest request, List<EnvPool> pools, RlConfig config) throws Exception {
        RolloutInputs inputs = RolloutInputs.of(request, config); // reads the files before Spark starts
        SparkSession spark = SparkSessions.start("macroplace train", request.master(), request.conf(), request.tries());
        try {
            return new SparkEpisodeCollector(spark, inputs, pools, request.episodesPerTask());
        } catch (RuntimeException e) {
            spark.stop();
            throw e;
        }
    }
}
