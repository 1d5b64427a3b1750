package io.macroplace.rl.train;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.io.CheckpointIo;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.AdamOptimizer;
import io.macroplace.rl.ppo.DesignEnv;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.EpisodeCollector;
import io.macroplace.rl.ppo.Episode;
import io.macroplace.rl.ppo.PpoUpdater;
import io.macroplace.rl.ppo.Rollout;
import io.macroplace.rl.ppo.RolloutCollector;
import io.macroplace.rl.ppo.UpdateStats;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * PPO training of one policy over one or more designs (several designs = pre-training). Build it
 * with {@link #create}, {@link #fineTune} or {@link #resume}, then call {@link #train}; calling
 * train again continues where the last call stopped. Deterministic for a given seed and backend.
 */
public final class PpoTrainer {
    /** Concurrent episodes per design are capped so that a large iteration does not copy the env 1000x. */
    static final int MAX_ENVS_PER_DESIGN = 64;

    private final RlConfig config;
    private final PolicyNetwork network;
    private final AdamOptimizer adam;
    private final List<EnvPool> pools = new ArrayList<>();
    private TrainingState state;
    private EpisodeCollector collector;

    private PpoTrainer(RlConfig config, List<DesignEnv> designs, PolicyNetwork network, AdamOptimizer adam,
                       TrainingState state) {
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("no design to train on");
        }
        this.config = config;
        this.network = network;
        this.adam = adam;
        this.state = state;
        int instances = Math.min(config.ppo().episodesPerIteration(), MAX_ENVS_PER_DESIGN);
        EnvConfig settings = config.policy().environment().withReward(config.ppo().reward());
        for (DesignEnv d : designs) {
            pools.add(new EnvPool(d, instances, network, settings));
        }
    }

    /** A fresh policy initialised from the config's seed. */
    public static PpoTrainer create(RlConfig config, List<DesignEnv> designs) {
        Nd4j.getRandom().setSeed(config.ppo().seed());
        int features = designs.get(0).factory().apply(config.policy().environment()).graph().featureCount();
        PolicyNetwork net = PolicyNetwork.create(config.policy(), features, config.ppo().seed());
        return new PpoTrainer(config, designs, net, adam(config), emptyState(config));
    }

    /** Starts from a trained policy (--init); its network sizes replace the config's, Adam starts fresh. */
    public static PpoTrainer fineTune(RlConfig config, List<DesignEnv> designs, PolicyNetwork initial) {
        Nd4j.getRandom().setSeed(config.ppo().seed());
        RlConfig c = config.withPolicy(initial.config());
        PolicyNetwork net = PolicyNetwork.withParams(initial.config(), initial.staticFeatures(), initial.params());
        return new PpoTrainer(c, designs, net, adam(c), emptyState(c));
    }

    /** Continues the run saved in a checkpoint; the designs must be the ones it was trained on. */
    public static PpoTrainer resume(Path checkpoint, List<DesignEnv> designs) throws IOException {
        CheckpointIo.Checkpoint cp = CheckpointIo.load(checkpoint);
        Nd4j.getRandom().setSeed(cp.config().ppo().seed());
        AdamOptimizer a = adam(cp.config());
        a.restore(cp.adamStep(), cp.adamFirst(), cp.adamSecond());
        return new PpoTrainer(cp.config(), designs, cp.policy(), a, cp.state());
    }

    private static AdamOptimizer adam(RlConfig c) {
        return new AdamOptimizer(c.ppo().adamBeta1(), c.ppo().adamBeta2(), c.ppo().adamEpsilon());
    }

    private static TrainingState emptyState(RlConfig c) {
        return new TrainingState(0, c.ppo().seed(), List.of(), Map.of());
    }

    public RlConfig config() {
        return config;
    }

    public PolicyNetwork policy() {
        return network;
    }

    public TrainingState state() {
        return state;
    }

    /**
     * Collects rollouts with the given collector instead of local threads (which the trainer
     * creates, from {@code envThreads}, and closes); the caller closes its own. The trainer gives it
     * the iteration's episode seeds, so a collector that plays them as {@link EpisodeCollector}
     * says trains exactly as the local one.
     */
    public PpoTrainer withCollector(EpisodeCollector c) {
        this.collector = c;
        return this;
    }

    /** The designs' environment pools, in training order (for collectors that run elsewhere). */
    public List<EnvPool> pools() {
        return List.copyOf(pools);
    }

    /** Runs iterations until the run's limits; writes checkpoints as configured. */
    public TrainingResult train(TrainingRun run, TrainingListener listener) throws IOException {
        long start = System.nanoTime();
        listener.onStart(BackendInfo.current(), Math.toIntExact(network.parameterCount()));
        int lastSaved = state.iteration();
        TrainingResult.StopReason reason;
        PpoUpdater updater = new PpoUpdater(config.ppo(), network, adam);
        EpisodeCollector local = collector == null ? new RolloutCollector(config.ppo().envThreads()) : null;
        EpisodeCollector episodes = collector == null ? local : collector;
        try {
            while (true) {
                if (state.iteration() >= run.maxIterations()) {
                    reason = TrainingResult.StopReason.ITERATIONS;
                    break;
                }
                if (run.cancel().get()) {
                    reason = TrainingResult.StopReason.CANCELLED;
                    break;
                }
                if (System.nanoTime() - start >= run.timeLimit().toNanos()) {
                    reason = TrainingResult.StopReason.TIME_LIMIT;
                    break;
                }
                IterationMetrics m = iterate(episodes, updater);
                listener.onIteration(m);
                if (run.checkpoint() != null && state.iteration() % run.checkpointEvery() == 0) {
                    save(run.checkpoint(), listener);
                    lastSaved = state.iteration();
                }
            }
        } finally {
            if (local != null) {
                local.close();
            }
        }
        if (run.checkpoint() != null && lastSaved != state.iteration()) {
            save(run.checkpoint(), listener);
        }
        return new TrainingResult(reason, network, state.metrics(), state.best());
    }

    private void save(Path file, TrainingListener listener) throws IOException {
        CheckpointIo.save(file, config, network, adam, state);
        listener.onCheckpoint(file, state.iteration());
    }

    /** Iteration i's random stream; a function of (seed, i) only, so resuming needs no RNG state. */
    static Random rngFor(long seed, int iteration) {
        long z = seed + 0x9E3779B97F4A7C15L * iteration;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /**
     * The designs iteration {@code it} (1-based) collects episodes of: all, or
     * {@code designsPerIteration} of them in rotation (iteration 1 the first ones, and so on).
     */
    List<EnvPool> designsOf(int it) {
        int k = config.ppo().designsPerIteration();
        if (k == 0 || k >= pools.size()) {
            return pools;
        }
        List<EnvPool> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            out.add(pools.get((int) (((long) (it - 1) * k + j) % pools.size())));
        }
        return out;
    }

    /**
     * The episode seeds of an iteration, per design in training order: the first draws of the
     * iteration's random stream (the rest shuffles minibatches).
     */
    static long[][] episodeSeeds(Random rng, int designs, int episodes) {
        long[][] seeds = new long[designs][episodes];
        for (long[] perDesign : seeds) {
            for (int i = 0; i < episodes; i++) {
                perDesign[i] = rng.nextLong();
            }
        }
        return seeds;
    }

    private IterationMetrics iterate(EpisodeCollector collector, PpoUpdater updater) {
        long t0 = System.nanoTime();
        int it = state.iteration() + 1;
        Random rng = rngFor(config.ppo().seed(), it);
        List<EnvPool> active = designsOf(it);
        long[][] seeds = episodeSeeds(rng, active.size(), config.ppo().episodesPerIteration());
        List<Rollout> rollouts = new ArrayList<>();
        double rolloutSeconds = 0;
        int steps = 0;
        int failed = 0;
        for (int d = 0; d < active.size(); d++) {
            Rollout r = collector.collect(network, active.get(d), seeds[d], false);
            rollouts.add(r);
            rolloutSeconds += r.seconds();
            steps += r.envSteps();
            failed += r.failedEpisodes();
        }
        UpdateStats u = updater.update(rollouts, rng);

        Map<String, BestPlacement> best = new HashMap<>(state.best());
        double sumReturn = 0, sumCost = 0;
        int episodes = 0;
        for (Rollout r : rollouts) {
            String name = r.pool().design().name();
            for (Episode e : r.episodes()) {
                sumReturn += e.totalReward();
                EpisodeResult res = e.result();
                sumCost += res.proxyCost();
                episodes++;
                BestPlacement b = best.get(name);
                if (b == null || res.proxyCost() < b.proxyCost()) {
                    best.put(name, new BestPlacement(name, res.proxyCost(), it, res.macroCells().clone()));
                }
            }
        }
        double bestMean = best.values().stream().mapToDouble(BestPlacement::proxyCost).average().orElse(Double.NaN);
        double seconds = (System.nanoTime() - t0) / 1e9;
        IterationMetrics m = new IterationMetrics(it, episodes, sumReturn / episodes, sumCost / episodes, bestMean,
                u.policyLoss(), u.valueLoss(), u.entropy(), u.approxKl(), u.clipFraction(), u.gradNorm(), steps,
                steps / rolloutSeconds, rolloutSeconds, u.seconds(), seconds, failed);
        List<IterationMetrics> metrics = new ArrayList<>(state.metrics());
        metrics.add(m);
        state = new TrainingState(it, state.seed(), metrics, best);
        return m;
    }
}
