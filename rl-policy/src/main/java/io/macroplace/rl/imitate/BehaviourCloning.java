package io.macroplace.rl.imitate;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.ObservationBatch;
import io.macroplace.rl.net.PolicyGraph;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.AdamOptimizer;
import io.macroplace.rl.ppo.OffHeap;
import io.macroplace.rl.ppo.PpoBatch;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Behaviour cloning: trains a policy in place on expert demonstrations, the policy head by the
 * masked cross-entropy of the expert's action and the value head by the demonstration's return,
 * through the network's own loss graph (advantages 0, so the PPO surrogate contributes nothing) and
 * an Adam optimiser of the same kind as PPO's. The result is an ordinary policy, for
 * {@code PolicyIo.save}, {@code train --init} and {@code place --policy}.
 */
public final class BehaviourCloning {
    private static final List<String> OUTPUTS = List.of(PolicyGraph.IMITATION_LOSS, PolicyGraph.VALUE_LOSS,
            PolicyGraph.LOGP);

    /** One epoch's means over its minibatches (weighted by samples). */
    public record EpochStats(int epoch, double crossEntropy, double valueLoss, double agreement, int samples,
                             double seconds) {
    }

    /** Called after every epoch; return false to stop. */
    public interface Listener {
        boolean onEpoch(EpochStats stats);
    }

    /** The demonstrations of one design with the design's graph tensors. */
    public record Design(GraphInputs inputs, List<Demonstration> demonstrations) {
    }

    private record Sample(Observation obs, int action, double ret) {
    }

    private final PolicyNetwork network;
    private final ImitationConfig config;
    private final AdamOptimizer adam = new AdamOptimizer(0.9, 0.999, 1e-8);

    public BehaviourCloning(PolicyNetwork network, ImitationConfig config) {
        this.network = network;
        this.config = config;
    }

    /** Runs {@code config.epochs()} epochs (fewer if the listener stops) and returns every epoch's stats. */
    public List<EpochStats> train(List<Design> designs, Listener listener) {
        return train(designs, config.epochs(), config.seed(), listener);
    }

    /**
     * Runs {@code epochs} more epochs with minibatch shuffles from {@code seed}, continuing this
     * cloning's optimiser state ({@link Dagger}'s rounds call it on growing data).
     */
    public List<EpochStats> train(List<Design> designs, int epochs, long seed, Listener listener) {
        List<List<Sample>> samples = new ArrayList<>();
        for (Design d : designs) {
            List<Sample> s = new ArrayList<>();
            for (Demonstration demo : d.demonstrations()) {
                for (int t = 0; t < demo.length(); t++) {
                    s.add(new Sample(demo.observations().get(t), demo.actions()[t], demo.episodeReturn()));
                }
            }
            samples.add(s);
        }
        Random rng = new Random(seed);
        List<EpochStats> history = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            // Designs in a shuffled order, in groups of as many as the network keeps graphs of, the
            // minibatches of a group shuffled together: each design's graph is built once per epoch
            // (a rebuild is seconds, so a full shuffle over a corpus would rebuild at nearly every step).
            List<Integer> designOrder = new ArrayList<>();
            for (int d = 0; d < samples.size(); d++) {
                designOrder.add(d);
            }
            Collections.shuffle(designOrder, rng);
            List<int[]> batches = new ArrayList<>(); // {design, from, to} over a shuffled copy
            List<List<Sample>> shuffled = new ArrayList<>(Collections.nCopies(samples.size(), null));
            for (int g = 0; g < designOrder.size(); g += PolicyNetwork.CACHED_SHAPES) {
                List<int[]> group = new ArrayList<>();
                for (int d : designOrder.subList(g, Math.min(designOrder.size(), g + PolicyNetwork.CACHED_SHAPES))) {
                    List<Sample> s = new ArrayList<>(samples.get(d));
                    Collections.shuffle(s, rng);
                    shuffled.set(d, s);
                    for (int from = 0; from < s.size(); from += config.minibatchSize()) {
                        group.add(new int[] {d, from, Math.min(s.size(), from + config.minibatchSize())});
                    }
                }
                Collections.shuffle(group, rng);
                batches.addAll(group);
            }
            double ce = 0, vl = 0, agree = 0;
            int n = 0;
            for (int[] b : batches) {
                List<Sample> part = shuffled.get(b[0]).subList(b[1], b[2]);
                double[] st = step(designs.get(b[0]).inputs(), part);
                ce += st[0] * part.size();
                vl += st[1] * part.size();
                agree += st[2];
                n += part.size();
            }
            EpochStats stats = new EpochStats(epoch, ce / n, vl / n, agree / n, n, (System.nanoTime() - start) / 1e9);
            history.add(stats);
            if (!listener.onEpoch(stats)) {
                break;
            }
        }
        return history;
    }

    /** One Adam step on a minibatch; returns {cross-entropy, value loss, samples whose argmax is the expert's}. */
    private double[] step(GraphInputs g, List<Sample> part) {
        int b = part.size();
        List<Observation> obs = new ArrayList<>(b);
        int[] actions = new int[b];
        double[] zero = new double[b];
        double[] ret = new double[b];
        for (int j = 0; j < b; j++) {
            Sample s = part.get(j);
            obs.add(s.obs());
            actions[j] = s.action();
            ret[j] = s.ret();
        }
        Map<String, INDArray> ph = PpoBatch.placeholders(g, obs, actions, zero, zero, ret, 0.2, config.valueCoef(),
                0.0, 1.0, network.dataType());
        OutAndGrad og = network.lossAndGradients(g, ph, OUTPUTS);
        Map<String, INDArray> grads = og.getGradients();
        AdamOptimizer.clipGlobalNorm(grads, config.maxGradNorm());
        adam.apply(network.params(), grads, config.learningRate());
        Map<String, INDArray> out = og.getOutputs();
        INDArray argmax = out.get(PolicyGraph.LOGP).argMax(1); // folded cell order, as the action placeholder
        double agree = 0;
        for (int j = 0; j < b; j++) {
            if (argmax.getLong(j) == g.folded(actions[j])) {
                agree++;
            }
        }
        double[] stats = {out.get(PolicyGraph.IMITATION_LOSS).getDouble(0), out.get(PolicyGraph.VALUE_LOSS).getDouble(0),
                agree};
        argmax.close();
        ObservationBatch.release(g, ph);
        OffHeap.close(grads);
        OffHeap.close(out);
        OffHeap.collectIfGrown();
        return stats;
    }
}
