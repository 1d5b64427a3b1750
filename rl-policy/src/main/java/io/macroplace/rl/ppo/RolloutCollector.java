package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.Step;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.net.PolicyOutput;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local {@link EpisodeCollector}: plays the episodes of a pool in lockstep groups of
 * {@link EpisodeCollector#groupSize} (one batched forward pass of the policy heads per step for
 * every running episode; the graph encoder runs once per call, since the parameters do not change
 * during a rollout), while the environments step in parallel on worker threads. Episode i draws
 * its reset seed and its sampled actions from {@code seeds[i]} alone, so the result does not depend
 * on thread timing.
 */
public final class RolloutCollector implements EpisodeCollector {
    private final int threads;
    private final ExecutorService workers;

    public RolloutCollector(int threads) {
        this.threads = threads;
        this.workers = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rl-env");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** {@code episodes} episodes whose seeds are drawn from {@code rng}. */
    public Rollout collect(PolicyNetwork net, EnvPool pool, int episodes, Random rng, boolean greedy) {
        long[] seeds = new long[episodes];
        for (int i = 0; i < episodes; i++) {
            seeds[i] = rng.nextLong();
        }
        return collect(net, pool, seeds, greedy);
    }

    @Override
    public Rollout collect(PolicyNetwork net, EnvPool pool, long[] seeds, boolean greedy) {
        long start = System.nanoTime();
        List<Episode> done = new ArrayList<>();
        int steps = 0;
        int[] failed = {0};
        PolicyNetwork.Encoding encoding = net.encode(pool.inputs());
        try {
            int group = EpisodeCollector.groupSize(pool);
            for (int first = 0; first < seeds.length; first += group) {
                long[] part = Arrays.copyOfRange(seeds, first, Math.min(seeds.length, first + group));
                steps += round(net, encoding, pool.envs().subList(0, part.length), part, greedy, done, failed);
            }
        } finally {
            encoding.nodeEmbedding().close();
        }
        if (done.isEmpty()) {
            throw new AllEpisodesDeadEndedException(pool.design().name());
        }
        return new Rollout(pool, done, failed[0], steps, (System.nanoTime() - start) / 1e9);
    }

    private int round(PolicyNetwork net, PolicyNetwork.Encoding encoding, List<MacroPlacementEnv> envs, long[] seeds,
                      boolean greedy, List<Episode> out, int[] failed) {
        int n = envs.size();
        Observation[] obs = new Observation[n];
        Random[] samplers = new Random[n];
        List<List<Observation>> seen = new ArrayList<>();
        List<List<double[]>> record = new ArrayList<>(); // per env: {action, logp, value, reward}
        Episode[] finished = new Episode[n];
        for (int i = 0; i < n; i++) {
            obs[i] = envs.get(i).reset(seeds[i]);
            samplers[i] = new Random(seeds[i]);
            seen.add(new ArrayList<>());
            record.add(new ArrayList<>());
        }
        int steps = 0;
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            active.add(i);
        }
        while (!active.isEmpty()) {
            List<Observation> batch = new ArrayList<>(active.size());
            for (int i : active) {
                batch.add(obs[i]);
            }
            PolicyOutput po = net.evaluate(encoding, batch);
            double[][] logp = toRows(po.logp());
            double[] values = po.value().toDoubleVector();
            po.logp().close(); // free off-heap memory now, not at the next GC
            po.value().close();
            int[] actions = new int[active.size()];
            for (int j = 0; j < actions.length; j++) {
                boolean[] legal = batch.get(j).legalMask();
                actions[j] = greedy ? ActionSampler.argmax(logp[j], legal)
                        : ActionSampler.sample(logp[j], legal, samplers[active.get(j)]);
            }
            // each step's forward pass leaves tens of MB of off-heap intermediates on a large design
            // (a 233-macro corpus design grew a process by 8 GB in one round without this)
            OffHeap.collectIfGrown();
            Step[] results = stepAll(envs, active, actions);
            List<Integer> still = new ArrayList<>();
            for (int j = 0; j < actions.length; j++) {
                int i = active.get(j);
                if (results[j] == null) {
                    failed[0]++;
                    continue;
                }
                seen.get(i).add(batch.get(j));
                record.get(i).add(new double[]{actions[j], logp[j][actions[j]], values[j], results[j].reward()});
                steps++;
                if (results[j].done()) {
                    finished[i] = episode(seen.get(i), record.get(i), results[j]);
                } else {
                    obs[i] = results[j].observation();
                    still.add(i);
                }
            }
            active = still;
        }
        for (Episode e : finished) {
            if (e != null) {
                out.add(e);
            }
        }
        OffHeap.collect(); // frees the round's off-heap intermediates
        return steps;
    }

    private Step[] stepAll(List<MacroPlacementEnv> envs, List<Integer> active, int[] actions) {
        Step[] results = new Step[actions.length];
        if (workers == null || actions.length == 1) {
            for (int j = 0; j < actions.length; j++) {
                results[j] = stepOrNull(envs.get(active.get(j)), actions[j]);
            }
            return results;
        }
        List<Future<?>> futures = new ArrayList<>();
        int chunks = Math.min(threads, actions.length);
        for (int t = 0; t < chunks; t++) {
            final int first = t;
            futures.add(workers.submit(() -> {
                for (int j = first; j < actions.length; j += chunks) {
                    results[j] = stepOrNull(envs.get(active.get(j)), actions[j]);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stepping environments", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("environment step failed: " + e.getCause(), e.getCause());
            }
        }
        return results;
    }

    /**
     * A step, or null when the environment reached a dead end it cannot continue from (it threw
     * IllegalStateException on a legal action, e.g. "no legal position left"): that episode is
     * dropped and counted, so that one bad episode does not end a long training run.
     */
    private static Step stepOrNull(MacroPlacementEnv env, int action) {
        try {
            return env.step(action);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static Episode episode(List<Observation> obs, List<double[]> rec, Step last) {
        int n = rec.size();
        int[] actions = new int[n];
        double[] logp = new double[n];
        double[] values = new double[n];
        double[] rewards = new double[n];
        for (int t = 0; t < n; t++) {
            double[] r = rec.get(t);
            actions[t] = (int) r[0];
            logp[t] = r[1];
            values[t] = r[2];
            rewards[t] = r[3];
        }
        return new Episode(List.copyOf(obs), actions, logp, values, rewards, last.result());
    }

    static double[][] toRows(INDArray m) {
        return m.toDoubleMatrix();
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
