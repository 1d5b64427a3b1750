package io.macroplace.cli.cluster;

import io.macroplace.rl.ppo.EpisodeCollector;
import io.macroplace.rl.train.PpoTrainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code train}'s options for collecting rollouts on Apache Spark. */
public final class RolloutOptions {
    /** Attempts per rollout task: a lost executor's episodes are played again (Spark's default). */
    static final int TRIES = 4;

    @Option(names = "--master", paramLabel = "URL",
            description = "collect the episodes on Apache Spark: local[N] (in this process), spark://HOST:7077, "
                    + "k8s://https://HOST:PORT or any URL spark-submit accepts (default: threads of this process, "
                    + "no Spark)")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "with --master: a Spark setting, e.g. spark.executor.memory=4g (repeatable)")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--episodes-per-task", paramLabel = "N",
            description = "with --master: episodes one Spark task plays in lockstep (default: a design's episodes "
                    + "split evenly over the task slots; the episodes per iteration reproduce the threaded run bit "
                    + "for bit)")
    Integer episodesPerTask;

    /** The master: the option, else spark-submit's spark.master property, else null (local threads). */
    public String master() {
        if (master != null && !master.isBlank()) {
            return master.trim();
        }
        String submitted = System.getProperty("spark.master");
        return submitted != null && !submitted.isBlank() ? submitted : null;
    }

    /** Fails early (before any design is read) on options that do not go together or a missing Spark. */
    public void check() {
        if (master() == null) {
            if (!conf.isEmpty() || episodesPerTask != null) {
                throw new IllegalArgumentException("--conf and --episodes-per-task go with --master");
            }
            return;
        }
        if (episodesPerTask != null && episodesPerTask < 1) {
            throw new IllegalArgumentException("--episodes-per-task must be at least 1");
        }
        ClusterBackend.require("train --master");
    }

    /**
     * The Spark collector for a trainer, or null without a master.
     *
     * @param designs  the trainer's designs' files, in its order
     * @param costArgs the cost options as arguments
     */
    public EpisodeCollector collector(PpoTrainer trainer, List<RolloutRequest.Design> designs, List<String> costArgs)
            throws Exception {
        check();
        String m = master();
        if (m == null) {
            return null;
        }
        RolloutRequest request = new RolloutRequest(designs, costArgs, m, conf,
                episodesPerTask == null ? 0 : episodesPerTask, TRIES);
        return ClusterBackend.require("train --master").rollouts(request, trainer.pools(), trainer.config());
    }
}
