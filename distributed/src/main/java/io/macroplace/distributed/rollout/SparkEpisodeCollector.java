package io.macroplace.distributed.rollout;

import io.macroplace.cli.UserException;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.Episode;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.EpisodeCollector;
import io.macroplace.rl.ppo.Rollout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Collects PPO rollouts on Spark: for each design of an iteration it broadcasts the policy's
 * parameters (once per change), splits the episode seeds into groups, plays each group as one task
 * on an executor and returns the episodes in seed order. The trainer computes advantages and updates
 * on the driver, as with local threads.
 *
 * <p>A group is played exactly as the local {@link io.macroplace.rl.ppo.RolloutCollector} plays a
 * group of the same seeds, so with groups of the trainer's pool size ({@code episodesPerTask} equal to
 * the episodes per iteration, up to 64) training is bit for bit the threaded one's; smaller groups
 * (more tasks in parallel) batch the network's forward passes differently, which changes results
 * only by float rounding. A lost task is played again by Spark with the same seeds, to the same
 * episodes.
 */
public final class SparkEpisodeCollector implements EpisodeCollector {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final Broadcast<RolloutInputs> inputs;
    private final Map<EnvPool, Integer> designs = new IdentityHashMap<>();
    private final int episodesPerTask;
    private final String run = UUID.randomUUID().toString();
    private long snapshots;
    private PolicySnapshot lastSnapshot;
    private Broadcast<PolicySnapshot> lastBroadcast;

    /**
     * @param pools           the trainer's pools, in the order of {@code inputs.designs()}
     * @param episodesPerTask episodes per task; 0 splits a design's episodes over Spark's default parallelism
     */
    public SparkEpisodeCollector(SparkSession spark, RolloutInputs inputs, List<EnvPool> pools, int episodesPerTask) {
        if (pools.size() != inputs.designs().size()) {
            throw new IllegalArgumentException(pools.size() + " pools for " + inputs.designs().size() + " designs");
        }
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.inputs = jsc.broadcast(inputs);
        for (int i = 0; i < pools.size(); i++) {
            designs.put(pools.get(i), i);
        }
        this.episodesPerTask = episodesPerTask;
    }

    @Override
    public Rollout collect(PolicyNetwork policy, EnvPool pool, long[] seeds, boolean greedy) {
        long start = System.nanoTime();
        Integer design = designs.get(pool);
        if (design == null) {
            throw new IllegalArgumentException("pool of " + pool.design().name() + " is not one of the trainer's");
        }
        List<EpisodeGroup> groups = groups(design, seeds, greedy, groupSize(seeds.length));
        List<GroupResult> results;
        try {
            results = jsc.parallelize(groups, groups.size()) // one group per task
                    .map(new RolloutTaskFunction(inputs, broadcast(policy))).collect();
        } catch (Exception e) { // Spark's exceptions are checked ones that Scala does not declare
            throw failure(pool.design().name(), e);
        }
        List<Episode> episodes = new ArrayList<>(seeds.length);
        int failed = 0;
        int steps = 0;
        for (GroupResult r : results) {
            for (Trajectories.EpisodeData e : r.episodes()) {
                episodes.add(Trajectories.episode(e));
            }
            failed += r.failed();
            steps += r.steps();
        }
        if (episodes.isEmpty()) {
            throw new IllegalStateException("every episode of " + pool.design().name()
                    + " hit an environment dead end");
        }
        return new Rollout(pool, episodes, failed, steps, (System.nanoTime() - start) / 1e9);
    }

    /** A failed rollout job as one line: what the last try of its task said. */
    private RuntimeException failure(String design, Exception e) {
        if (spark.sparkContext().isStopped()) {
            return new UserException("rollouts of " + design + " stopped: Spark was shut down", 130);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage()) : root.toString();
        int end = message.indexOf('\n');
        return new UserException("rollouts of " + design + " failed on Spark: "
                + (end < 0 ? message : message.substring(0, end)), 1);
    }

    /** Episodes per task: as asked, else an even share of Spark's task slots. */
    int groupSize(int episodes) {
        if (episodesPerTask > 0) {
            return episodesPerTask;
        }
        int slots = Math.max(1, spark.sparkContext().defaultParallelism());
        return (episodes + slots - 1) / slots;
    }

    static List<EpisodeGroup> groups(int design, long[] seeds, boolean greedy, int size) {
        List<EpisodeGroup> groups = new ArrayList<>();
        for (int first = 0; first < seeds.length; first += size) {
            groups.add(new EpisodeGroup(design, Arrays.copyOfRange(seeds, first, Math.min(seeds.length, first + size)),
                    greedy));
        }
        return groups;
    }

    /** The parameters' broadcast: a new one when they changed since the last (an update happened). */
    private Broadcast<PolicySnapshot> broadcast(PolicyNetwork policy) {
        PolicySnapshot now = PolicySnapshot.of(run + "-" + (snapshots + 1), policy);
        if (lastBroadcast != null && now.sameAs(lastSnapshot)) {
            return lastBroadcast;
        }
        if (lastBroadcast != null) {
            lastBroadcast.destroy(); // executors drop the old parameters
        }
        snapshots++;
        lastSnapshot = now;
        lastBroadcast = jsc.broadcast(now);
        return lastBroadcast;
    }

    /** Stops Spark. */
    @Override
    public void close() {
        spark.stop();
    }
}
