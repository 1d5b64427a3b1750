package io.macroplace.rl.bench;

import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.AdamOptimizer;
import io.macroplace.rl.ppo.DesignEnv;
import io.macroplace.rl.ppo.EnvPool;
import io.macroplace.rl.ppo.PpoUpdater;
import io.macroplace.rl.ppo.Rollout;
import io.macroplace.rl.ppo.RolloutCollector;
import io.macroplace.rl.ppo.UpdateStats;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Training throughput on one design: env steps per second while collecting episodes (batched
 * inference included) and PPO update samples per second (one sample = one observation through one
 * gradient step; an iteration's update is epochs x its samples). Prints wall-clock rates and, for
 * the update, rates per CPU-second of the process (training thread, garbage collector, JIT), which
 * on a shared machine is far less stretched by other processes than the wall clock.
 *
 * <pre>
 * java -cp cli/target/macroplace.jar io.macroplace.rl.bench.RlThroughput NETLIST PLC [CONFIG.json] [ROUNDS]
 * </pre>
 * (benchmarks/rl-throughput.sh runs it on ariane133). One warm-up round (graph building, JIT) is
 * not counted.
 */
public final class RlThroughput {
    private RlThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RlThroughput NETLIST PLC [CONFIG.json] [ROUNDS]");
            System.exit(2);
        }
        RlConfig config = args.length > 2 && !args[2].isEmpty() ? ConfigJson.read(Path.of(args[2])) : RlConfig.defaults();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        PlacementProblem problem = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        DesignEnv design = new DesignEnv(Path.of(args[0]).getFileName().toString(), s -> new PlacementEnv(problem, s));
        PlacementEnv probe = new PlacementEnv(problem, config.policy().environment());
        PolicyNetwork net = PolicyNetwork.create(config.policy(), probe.graph().featureCount(), config.ppo().seed());
        int episodes = config.ppo().episodesPerIteration();
        EnvPool pool = new EnvPool(design, Math.min(episodes, 64), net);
        System.out.println("backend: " + BackendInfo.current().summary());
        System.out.printf(Locale.ROOT, "design: %d x %d action grid, %d steps, %d graph nodes, %d edges; %d parameters%n",
                probe.columns(), probe.rows(), probe.episodeLength(), probe.graph().nodeCount(),
                probe.graph().edgeCount(), net.parameterCount());
        System.out.printf(Locale.ROOT, "config: %d episodes per iteration, %d env threads, %d epochs, minibatch %d%n",
                episodes, config.ppo().envThreads(), config.ppo().epochs(), config.ppo().minibatchSize());
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PpoUpdater updater = new PpoUpdater(config.ppo(), net, new AdamOptimizer(0.9, 0.999, 1e-8));
        double stepsPerSecond = 0;
        double samplesPerSecond = 0;
        double samplesPerCpuSecond = 0;
        try (RolloutCollector collector = new RolloutCollector(config.ppo().envThreads())) {
            for (int round = 0; round <= rounds; round++) {
                Random rng = new Random(round);
                Rollout r = collector.collect(net, pool, episodes, rng, false);
                long wall = System.nanoTime();
                long cpu0 = cpu.getProcessCpuTime();
                UpdateStats u = updater.update(List.of(r), rng);
                double cpuSeconds = (cpu.getProcessCpuTime() - cpu0) / 1e9;
                double wallSeconds = (System.nanoTime() - wall) / 1e9;
                double samples = (double) r.sampleCount() * config.ppo().epochs();
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf(Locale.ROOT, "%-8s rollout %6.2f s  %7.1f env steps/s | update %6.2f s (cpu %6.2f s)"
                                + "  %7.1f samples/s  %7.1f samples/cpu-s  (%d gradient steps)%n",
                        label, r.seconds(), r.envSteps() / r.seconds(), wallSeconds, cpuSeconds,
                        samples / wallSeconds, samples / cpuSeconds, u.minibatches());
                if (round > 0) {
                    stepsPerSecond += r.envSteps() / r.seconds() / rounds;
                    samplesPerSecond += samples / wallSeconds / rounds;
                    samplesPerCpuSecond += samples / cpuSeconds / rounds;
                }
            }
        }
        System.out.printf(Locale.ROOT, "mean of %d rounds: %.1f env steps/s, %.1f update samples/s, %.1f update samples/cpu-s%n",
                rounds, stepsPerSecond, samplesPerSecond, samplesPerCpuSecond);
        System.exit(0);
    }
}
