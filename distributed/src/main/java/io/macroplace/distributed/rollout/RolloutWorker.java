package io.macroplace.distributed.rollout;

import io.macroplace.cli.command.TrainCommand;
import io.macroplace.distributed.sweep.OptionArgs;
import io.macroplace.distributed.sweep.SweepInputs;
import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.AllEpisodesDeadEndedException;
import io.macroplace.rl.ppo.DesignEnv;
import io.macroplace.rl.ppo.Episode;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.Rollout;
import io.macroplace.rl.ppo.RolloutCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Plays a task's episodes where it lands (an executor, or the driver's JVM in local mode) with the
 * trainer's own {@link RolloutCollector}, so that a group of episodes comes out exactly as the
 * local collector plays it. A network is not thread-safe, so each task thread keeps its own (and
 * its environments) across tasks and iterations, swapping new parameters in; designs are read once
 * per JVM.
 */
final class RolloutWorker {
    /** Designs read in this JVM, by files and cost options. */
    private static final Map<String, Future<PlacementProblem>> PROBLEMS = new ConcurrentHashMap<>();
    /** Pools kept per task thread: the group sizes of a few designs (each holds its environments). */
    private static final int CACHED_POOLS = 8;
    private static final ThreadLocal<Slot> SLOTS = ThreadLocal.withInitial(Slot::new);

    private RolloutWorker() {
    }

    /** A task thread's network and environment pools. */
    private static final class Slot {
        PolicyNetwork network;
        String networkKey;
        String snapshotId;
        final Map<String, EnvPool> pools = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, EnvPool> eldest) {
                return size() > CACHED_POOLS;
            }
        };

        PolicyNetwork network(PolicySnapshot policy) {
            if (network == null || !policy.networkKey().equals(networkKey)) {
                network = policy.network();
                networkKey = policy.networkKey();
                pools.clear(); // their graph tensors were made for the old network's sizes
            } else if (!policy.id().equals(snapshotId)) {
                policy.assignTo(network);
            }
            snapshotId = policy.id();
            return network;
        }
    }

    /**
     * @param threads environment threads (the task's CPUs, {@code spark.task.cpus}): inference stays
     *                batched on the task's thread, as in the local collector
     */
    static GroupResult play(RolloutInputs inputs, PolicySnapshot policy, EpisodeGroup group, int threads,
                            String executor) throws Exception {
        Slot slot = SLOTS.get();
        PolicyNetwork network = slot.network(policy);
        SweepInputs.DesignInput design = inputs.designs().get(group.design());
        EnvConfig settings = inputs.environment();
        String poolKey = group.design() + " " + group.seeds().length + " " + design.files().key() + " "
                + inputs.costArgs() + " " + settings;
        EnvPool pool = slot.pools.get(poolKey);
        if (pool == null) {
            PlacementProblem problem = problem(design, inputs.costArgs());
            pool = new EnvPool(new DesignEnv(design.name(), s -> new PlacementEnv(problem, s)),
                    group.seeds().length, network, settings);
            slot.pools.put(poolKey, pool);
        }
        try (RolloutCollector collector = new RolloutCollector(threads)) {
            Rollout r;
            try {
                r = collector.collect(network, pool, group.seeds(), group.greedy());
            } catch (AllEpisodesDeadEndedException e) {
                // every episode of this group dead-ended: the driver counts them with the others' (a
                // failed task would be retried to the same end)
                return new GroupResult(List.of(), group.seeds().length, 0, executor);
            }
            List<Trajectories.EpisodeData> episodes = new ArrayList<>(r.episodes().size());
            for (Episode e : r.episodes()) {
                episodes.add(Trajectories.data(e));
            }
            return new GroupResult(episodes, r.failedEpisodes(), r.envSteps(), executor);
        }
    }

    private static PlacementProblem problem(SweepInputs.DesignInput design, List<String> costArgs)
            throws Exception {
        String key = design.files().key() + " " + String.join(" ", costArgs);
        FutureTask<PlacementProblem> mine = new FutureTask<>(() -> {
            var folder = design.files().folder();
            return TrainCommand.problem(folder.resolve(design.netlist()),
                    design.plc() == null ? null : folder.resolve(design.plc()),
                    design.lef().stream().map(folder::resolve).toList(), OptionArgs.cost(costArgs));
        });
        Future<PlacementProblem> f = PROBLEMS.putIfAbsent(key, mine);
        if (f == null) {
            f = mine;
            mine.run();
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            PROBLEMS.remove(key, f); // a later try may succeed
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
