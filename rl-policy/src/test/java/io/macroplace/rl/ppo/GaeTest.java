package io.macroplace.rl.ppo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GaeTest {

    /** Naive definition: A_t = Σ_k (γλ)^k δ_{t+k}, δ_t = r_t + γ V_{t+1} - V_t, V_T = 0. */
    @Test
    void matchesTheNaiveSum() {
        double[] r = {0.1, -0.4, 0, 2.5, -1};
        double[] v = {0.3, 0.2, -0.5, 1.0, 0.7};
        double gamma = 0.97, lambda = 0.9;
        double[][] got = Gae.compute(r, v, gamma, lambda);
        for (int t = 0; t < r.length; t++) {
            double a = 0;
            for (int k = t; k < r.length; k++) {
                double next = k + 1 < r.length ? v[k + 1] : 0;
                a += Math.pow(gamma * lambda, k - t) * (r[k] + gamma * next - v[k]);
            }
            assertEquals(a, got[0][t], 1e-12);
            assertEquals(a + v[t], got[1][t], 1e-12);
        }
    }

    @Test
    void lambdaOneGivesMonteCarloReturns() {
        double[] r = {0, 0, -3};
        double[][] got = Gae.compute(r, new double[]{5, 6, 7}, 1, 1);
        for (int t = 0; t < 3; t++) {
            assertEquals(-3, got[1][t], 1e-12);
        }
    }
}
