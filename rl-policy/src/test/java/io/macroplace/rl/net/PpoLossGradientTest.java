package io.macroplace.rl.net;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.Step;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.ppo.ActionSampler;
import io.macroplace.rl.ppo.PpoBatch;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Central finite differences of the whole PPO loss against SameDiff's gradients, in DOUBLE. */
class PpoLossGradientTest {

    /** Alone, because ND4J's min() once doubled this term's gradient (ties inside the clip range). */
    @Test
    void policyOnly() {
        check(0.0, 0.0, 1.0, 1);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        check(0.5, 0.1, 1.0, 1);
    }

    /**
     * With an action grid factor: the space-to-depth input, the sub-pixel upsampling head (1x1
     * conv, depth to space) and the action-grid skip conv, every parameter of them checked.
     */
    @Test
    void upsamplingHeadGradientsMatchFiniteDifferences() {
        check(0.5, 0.1, 1.0, 2);
    }

    private void check(double vc, double ec, double advScale, int factor) {
        ToyPlacementEnv env = factor == 1 ? ToyPlacementEnv.random(3, 5, 4, 4, 2, 5)
                : ToyPlacementEnv.random(3, 2 * factor, 2 * factor, 4, 2, 5).declareActionGridFactor(factor);
        PolicyConfig pc = new PolicyConfig(2, 4, 3, 1, 5, "DOUBLE", true, factor);
        PolicyNetwork net = PolicyNetwork.create(pc, env.graph().featureCount(), 11);
        // Larger output layers than the default init, so that the policy is far from uniform.
        net.params().get(ParamSpec.HEAD_W).muli(100);
        net.params().get(ParamSpec.VAL_W2).muli(100);
        GraphInputs g = net.inputs(env);
        assertTrue(g.bucketWidths().size() > 1, "the check should cover the slot sums of several buckets");

        Random rng = new Random(5);
        List<Observation> obs = new ArrayList<>();
        Observation o = env.reset(0);
        while (o != null) {
            obs.add(o);
            Step s = env.step(ActionSampler.sample(uniform(o), o.legalMask(), rng));
            o = s.observation();
        }
        int b = obs.size();
        int[] actions = new int[b];
        for (int j = 0; j < b; j++) {
            actions[j] = ActionSampler.sample(uniform(obs.get(j)), obs.get(j).legalMask(), rng);
        }
        double[][] logp = net.evaluate(g, obs).logp().toDoubleMatrix();
        double[] old = new double[b];
        double[] adv = new double[b];
        double[] ret = new double[b];
        for (int j = 0; j < b; j++) {
            // ratios near 1 (unclipped) except sample 0, whose ratio 1.65 with A > 0 is clipped
            old[j] = logp[j][actions[j]] + (j == 0 ? -0.5 : 0.1 * rng.nextGaussian());
            adv[j] = advScale * (j == 0 ? 1.0 : rng.nextGaussian());
            ret[j] = rng.nextGaussian();
        }
        PpoConfig ppo = new PpoConfig(1, 1, 1, 1, b, 1e-3, 1, 0.95, 0.2, vc, ec, 0.5, true, 0.9, 0.999, 1e-8,
                EnvConfig.RewardMode.FINAL_PROXY, 0);
        Map<String, INDArray> ph = PpoBatch.placeholders(g, obs, actions, old, adv, ret, ppo, net.dataType());

        OutAndGrad og = net.lossAndGradients(g, ph, List.of(PolicyGraph.LOSS));
        Map<String, INDArray> grads = og.getGradients();
        double eps = 1e-6;
        int checked = 0;
        double gradSq = 0;
        for (Map.Entry<String, INDArray> e : net.params().entrySet()) {
            INDArray p = e.getValue();
            INDArray grad = grads.get(e.getKey()).reshape(p.shape());
            boolean head = e.getKey().startsWith("up_") || e.getKey().startsWith("skip_") || e.getKey().startsWith("conv0");
            for (int k = 0; k < Math.min(factor > 1 && head ? 6 : 3, p.length()); k++) {
                long i = k == 0 ? 0 : rng.nextInt((int) p.length());
                double v = p.getDouble(i);
                p.putScalar(i, v + eps);
                double up = loss(net, g, ph);
                p.putScalar(i, v - eps);
                double down = loss(net, g, ph);
                p.putScalar(i, v);
                double numeric = (up - down) / (2 * eps);
                double analytic = grad.getDouble(i);
                double scale = Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic));
                assertTrue(Math.abs(numeric - analytic) / scale < 1e-4,
                        e.getKey() + "[" + i + "]: analytic " + analytic + " numeric " + numeric);
                gradSq += analytic * analytic;
                checked++;
            }
        }
        assertTrue(checked > 30);
        assertTrue(gradSq > 1e-6, "gradients are all ~0; the check would be vacuous");
        assertEquals(loss(net, g, ph), og.getOutputs().get(PolicyGraph.LOSS).getDouble(0), 1e-12);
    }

    /** SameDiff prints a line per op to System.out when it differentiates the graph; we mute it. */
    @Test
    void buildingTheGradientsPrintsNothing() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true));
        try {
            check(0.5, 0.1, 1.0, 1);
        } finally {
            System.setOut(out);
        }
        assertEquals("", printed.toString());
    }

    private static double loss(PolicyNetwork net, GraphInputs g, Map<String, INDArray> ph) {
        return net.outputs(g, ph, PolicyGraph.LOSS).get(PolicyGraph.LOSS).getDouble(0);
    }

    private static double[] uniform(Observation o) {
        return new double[o.legalMask().length];
    }
}
