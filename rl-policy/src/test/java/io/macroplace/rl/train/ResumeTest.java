package io.macroplace.rl.train;

import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.DesignEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeTest {
    private static final RlConfig CONFIG = new RlConfig(PolicyConfig.defaults().withSizes(1, 8, 8, 1, 8).withActionGridFactor(1),
            PpoConfig.defaults().withSeed(5).withRollout(6, 2).withOptimisation(2, 16, 1e-2, 0.01));

    /** Two designs of different sizes: pre-training mode, and every iteration crosses graph shapes. */
    private static List<DesignEnv> designs() {
        return List.of(new DesignEnv("a", settings -> ToyPlacementEnv.random(1, 6, 6, 4, 2, 5)),
                new DesignEnv("b", settings -> ToyPlacementEnv.random(2, 7, 5, 3, 3, 4)));
    }

    @Test
    void twoIterationsCheckpointAndResumeEqualsThreeInOneGo(@TempDir Path dir) throws Exception {
        TrainingResult straight = PpoTrainer.create(CONFIG, designs()).train(TrainingRun.iterations(3), TrainingListener.NONE);

        Path cp = dir.resolve("checkpoint.zip");
        List<Integer> saved = new ArrayList<>();
        List<String> backends = new ArrayList<>();
        TrainingListener onSave = new TrainingListener() {
            @Override
            public void onStart(io.macroplace.rl.BackendInfo backend, int parameters) {
                backends.add(backend.summary());
            }

            @Override
            public void onIteration(IterationMetrics m) {
            }

            @Override
            public void onCheckpoint(Path file, int iteration) {
                saved.add(iteration);
            }
        };
        PpoTrainer.create(CONFIG, designs()).train(new TrainingRun(2, null, cp, 1, null), onSave);
        assertEquals(List.of(1, 2), saved);
        assertEquals(1, backends.size());
        assertTrue(backends.get(0).contains("Backend ("), backends.get(0));
        PpoTrainer resumed = PpoTrainer.resume(cp, designs());
        assertEquals(2, resumed.state().iteration());
        TrainingResult continued = resumed.train(TrainingRun.iterations(3), TrainingListener.NONE);

        assertParamsEqual(straight.policy(), continued.policy());
        assertEquals(3, continued.metrics().size());
        for (int i = 0; i < 3; i++) {
            IterationMetrics a = straight.metrics().get(i);
            IterationMetrics b = continued.metrics().get(i);
            assertEquals(a.meanProxyCost(), b.meanProxyCost(), 0.0);
            assertEquals(a.policyLoss(), b.policyLoss(), 0.0);
            assertEquals(a.entropy(), b.entropy(), 0.0);
        }
        assertEquals(straight.best().get("a").proxyCost(), continued.best().get("a").proxyCost(), 0.0);
        assertArrayEquals(straight.best().get("b").macroCells(), continued.best().get("b").macroCells());
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".tmp")));
    }

    @Test
    void cancellationStopsAndStillCheckpoints(@TempDir Path dir) throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        Path cp = dir.resolve("cp.zip");
        TrainingResult r = PpoTrainer.create(CONFIG, designs()).train(new TrainingRun(100, null, cp, 50, cancel),
                m -> cancel.set(m.iteration() == 2));
        assertEquals(TrainingResult.StopReason.CANCELLED, r.reason());
        assertEquals(2, r.metrics().size());
        assertEquals(2, PpoTrainer.resume(cp, designs()).state().iteration());
    }

    @Test
    void fineTuningStartsFromTheGivenPolicy(@TempDir Path dir) throws Exception {
        TrainingResult first = PpoTrainer.create(CONFIG, designs()).train(TrainingRun.iterations(1), TrainingListener.NONE);
        Path file = dir.resolve("p.zip");
        PolicyIo.save(first.policy(), file);
        PpoTrainer tuned = PpoTrainer.fineTune(CONFIG.withPpo(CONFIG.ppo().withSeed(9)), designs(), PolicyIo.load(file));
        assertParamsEqual(first.policy(), tuned.policy());
        assertEquals(0, tuned.state().iteration());
        PolicyNetwork fresh = PpoTrainer.create(CONFIG, designs()).policy();
        assertTrue(fresh.params().get("emb_W").neq(tuned.policy().params().get("emb_W")).any());
    }

    private static void assertParamsEqual(PolicyNetwork a, PolicyNetwork b) {
        assertEquals(a.params().keySet(), b.params().keySet());
        for (Map.Entry<String, INDArray> e : a.params().entrySet()) {
            assertArrayEquals(e.getValue().dup().data().asDouble(), b.params().get(e.getKey()).dup().data().asDouble(), 0.0,
                    e.getKey());
        }
    }
}
