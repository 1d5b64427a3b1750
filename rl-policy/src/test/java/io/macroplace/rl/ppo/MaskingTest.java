package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.PolicyNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskingTest {

    @Test
    void networkPutsZeroProbabilityOnIllegalCellsAndSamplerNeverPicksThem() {
        ToyPlacementEnv env = ToyPlacementEnv.random(4, 8, 8, 6, 3, 8).declareActionGridFactor(2);
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(1, 8, 8, 1, 8), 4, 2);
        // a large output layer: raw logits far from uniform, so masking has work to do
        net.params().get("head_W").muli(300);
        GraphInputs g = net.inputs(env);
        List<Observation> obs = new ArrayList<>();
        Observation o = env.reset(0);
        Random rng = new Random(1);
        while (o != null) {
            obs.add(o);
            o = env.step(ActionSampler.sample(new double[64], o.legalMask(), rng)).observation();
        }
        double[][] logp = net.evaluate(g, obs).logp().toDoubleMatrix();
        int illegalSeen = 0;
        for (int j = 0; j < obs.size(); j++) {
            boolean[] legal = obs.get(j).legalMask();
            double mass = 0;
            for (int c = 0; c < legal.length; c++) {
                double p = Math.exp(logp[j][c]);
                if (legal[c]) {
                    mass += p;
                } else {
                    assertEquals(0.0, p, "illegal cell " + c + " has probability");
                    illegalSeen++;
                }
            }
            assertEquals(1.0, mass, 1e-4);
            int[] counts = new int[legal.length];
            for (int k = 0; k < 20_000; k++) {
                int c = ActionSampler.sample(logp[j], legal, rng);
                assertTrue(legal[c], "sampled illegal cell " + c);
                counts[c]++;
            }
            assertTrue(legal[ActionSampler.argmax(logp[j], legal)]);
        }
        assertTrue(illegalSeen > 50, "the episode had too few illegal cells to test anything");
    }

    @Test
    void samplerIgnoresIllegalCellsEvenWhenTheyHoldAllTheMass() {
        double[] logp = {0, -30, 0, -30, 0};
        boolean[] legal = {false, true, false, true, false};
        Random rng = new Random(3);
        int ones = 0;
        for (int k = 0; k < 100_000; k++) {
            int c = ActionSampler.sample(logp, legal, rng);
            assertTrue(c == 1 || c == 3);
            ones += c == 1 ? 1 : 0;
        }
        assertEquals(50_000, ones, 1_000); // renormalised over the legal cells
        assertEquals(1, ActionSampler.argmax(logp, legal));
    }
}
