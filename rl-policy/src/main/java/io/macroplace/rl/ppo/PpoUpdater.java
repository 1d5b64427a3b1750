package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.net.ObservationBatch;
import io.macroplace.rl.net.PolicyGraph;
import io.macroplace.rl.net.PolicyNetwork;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** PPO epochs over one iteration's rollouts: GAE, minibatches shuffled across designs, Adam steps. */
public final class PpoUpdater {
    private static final List<String> OUTPUTS = List.of(PolicyGraph.POLICY_LOSS, PolicyGraph.VALUE_LOSS,
            PolicyGraph.ENTROPY, PolicyGraph.ACTION_LOGP);

    private final PpoConfig config;
    private final PolicyNetwork network;
    private final AdamOptimizer adam;

    public PpoUpdater(PpoConfig config, PolicyNetwork network, AdamOptimizer adam) {
        this.config = config;
        this.network = network;
        this.adam = adam;
    }

    /** The flattened samples of one design. */
    private record Samples(Rollout rollout, List<Observation> obs, int[] actions, double[] logp,
                           double[] adv, double[] ret) {
    }

    private record Minibatch(Samples samples, int[] index) {
    }

    public UpdateStats update(List<Rollout> rollouts, Random rng) {
        long start = System.nanoTime();
        List<Samples> all = new ArrayList<>();
        for (Rollout r : rollouts) {
            all.add(flatten(r));
        }
        double pl = 0, vl = 0, ent = 0, kl = 0, clip = 0, norm = 0;
        int count = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            List<Minibatch> batches = new ArrayList<>();
            for (Samples s : all) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < s.actions.length; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, rng);
                for (int from = 0; from < order.size(); from += config.minibatchSize()) {
                    List<Integer> part = order.subList(from, Math.min(order.size(), from + config.minibatchSize()));
                    batches.add(new Minibatch(s, part.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
            Collections.shuffle(batches, rng);
            for (Minibatch mb : batches) {
                double[] st = step(mb);
                pl += st[0];
                vl += st[1];
                ent += st[2];
                kl += st[3];
                clip += st[4];
                norm += st[5];
                count++;
            }
        }
        return new UpdateStats(pl / count, vl / count, ent / count, kl / count, clip / count, norm / count,
                count, (System.nanoTime() - start) / 1e9);
    }

    private double[] step(Minibatch mb) {
        Samples s = mb.samples;
        int b = mb.index.length;
        List<Observation> obs = new ArrayList<>(b);
        int[] actions = new int[b];
        double[] old = new double[b];
        double[] adv = new double[b];
        double[] ret = new double[b];
        for (int j = 0; j < b; j++) {
            int i = mb.index[j];
            obs.add(s.obs.get(i));
            actions[j] = s.actions[i];
            old[j] = s.logp[i];
            adv[j] = s.adv[i];
            ret[j] = s.ret[i];
        }
        Map<String, INDArray> ph = PpoBatch.placeholders(s.rollout.pool().inputs(), obs, actions, old, adv, ret,
                config, network.dataType());
        OutAndGrad og = network.lossAndGradients(s.rollout.pool().inputs(), ph, OUTPUTS);
        Map<String, INDArray> grads = og.getGradients();
        double norm = AdamOptimizer.clipGlobalNorm(grads, config.maxGradNorm());
        adam.apply(network.params(), grads, config.learningRate());
        double[] newLogp = og.getOutputs().get(PolicyGraph.ACTION_LOGP).toDoubleVector();
        double kl = 0;
        double clipped = 0;
        for (int j = 0; j < b; j++) {
            kl += old[j] - newLogp[j];
            if (Math.abs(Math.exp(newLogp[j] - old[j]) - 1) > config.clipRatio()) {
                clipped++;
            }
        }
        Map<String, INDArray> out = og.getOutputs();
        double[] stats = {out.get(PolicyGraph.POLICY_LOSS).getDouble(0), out.get(PolicyGraph.VALUE_LOSS).getDouble(0),
                out.get(PolicyGraph.ENTROPY).getDouble(0), kl / b, clipped / b, norm};
        // Free this minibatch's off-heap arrays now; waiting for GC let the process grow to many GB.
        ObservationBatch.release(s.rollout.pool().inputs(), ph);
        OffHeap.close(grads);
        OffHeap.close(out);
        OffHeap.collectIfGrown();
        return stats;
    }

    private Samples flatten(Rollout r) {
        List<Observation> obs = new ArrayList<>();
        int n = r.sampleCount();
        int[] actions = new int[n];
        double[] logp = new double[n];
        double[] adv = new double[n];
        double[] ret = new double[n];
        int k = 0;
        for (Episode e : r.episodes()) {
            double[][] g = Gae.compute(e.rewards(), e.values(), config.gamma(), config.gaeLambda());
            for (int t = 0; t < e.length(); t++, k++) {
                obs.add(e.observations().get(t));
                actions[k] = e.actions()[t];
                logp[k] = e.logp()[t];
                adv[k] = g[0][t];
                ret[k] = g[1][t];
            }
        }
        if (config.normalizeAdvantages() && n > 1) {
            double mean = 0;
            for (double a : adv) {
                mean += a;
            }
            mean /= n;
            double var = 0;
            for (double a : adv) {
                var += (a - mean) * (a - mean);
            }
            double sd = Math.sqrt(var / n) + 1e-8;
            for (int i = 0; i < n; i++) {
                adv[i] = (adv[i] - mean) / sd;
            }
        }
        return new Samples(r, obs, actions, logp, adv, ret);
    }
}
