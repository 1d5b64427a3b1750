package io.macroplace.rl.net;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.ppo.ActionSampler;
import io.macroplace.rl.ppo.PpoBatch;
import org.nd4j.autodiff.listeners.profiler.ProfilingListener;
import org.nd4j.autodiff.listeners.profiler.comparison.ProfileAnalyzer;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Per-op profile of one PPO gradient step at a realistic size (manual tool, not a test). */
public final class ProfileMain {
    public static void main(String[] args) throws Exception {
        int b = Integer.parseInt(args[0]);
        ToyPlacementEnv env = ToyPlacementEnv.random(1, 32, 32, 50, 100, 300);
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults(), 4, 1);
        GraphInputs g = net.inputs(env);
        List<Observation> obs = new ArrayList<>();
        Random rng = new Random(1);
        Observation o = env.reset(0);
        while (obs.size() < b) {
            if (o == null) {
                o = env.reset(0);
            }
            obs.add(o);
            o = env.step(ActionSampler.sample(new double[1024], o.legalMask(), rng)).observation();
        }
        int[] a = new int[b];
        double[] z = new double[b];
        for (int j = 0; j < b; j++) {
            a[j] = ActionSampler.sample(new double[1024], obs.get(j).legalMask(), rng);
        }
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> ph = PpoBatch.placeholders(g, obs, a, z, z, z, PpoConfig.defaults(), net.dataType());
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            net.evaluate(g, obs);
            System.out.printf("forward B=%d: %.3f s%n", b, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            net.lossAndGradients(g, ph, List.of(PolicyGraph.LOSS));
            System.out.printf("gradient B=%d: %.3f s%n", b, (System.nanoTime() - t) / 1e9);
        }
        File f = new File("/tmp/rl-profile.json");
        net.graph(g).sameDiff().setListeners(ProfilingListener.builder(f).recordAll().build());
        net.lossAndGradients(g, ph, List.of(PolicyGraph.LOSS));
        net.graph(g).sameDiff().setListeners();
        String s = ProfileAnalyzer.summarizeProfileStr(f, ProfileAnalyzer.ProfileFormat.SAMEDIFF);
        System.out.println(s.substring(0, Math.min(6000, s.length())));
    }
}
