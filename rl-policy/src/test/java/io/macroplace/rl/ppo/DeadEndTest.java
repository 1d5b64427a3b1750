package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.MacroGraph;
import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.Step;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.PolicyNetwork;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Episodes whose environment throws IllegalStateException mid-way are dropped and counted. */
class DeadEndTest {

    /** Fails at step 2 of every episode whose reset seed is odd. */
    private static final class FlakyEnv implements MacroPlacementEnv {
        private final ToyPlacementEnv inner = ToyPlacementEnv.random(1, 6, 6, 4, 2, 5);
        private final boolean always;
        private final AtomicInteger thrown;
        private boolean failing;
        private int t;

        FlakyEnv(boolean always, AtomicInteger thrown) {
            this.always = always;
            this.thrown = thrown;
        }

        @Override
        public int columns() {
            return inner.columns();
        }

        @Override
        public int rows() {
            return inner.rows();
        }

        @Override
        public int episodeLength() {
            return inner.episodeLength();
        }

        @Override
        public MacroGraph graph() {
            return inner.graph();
        }

        @Override
        public Observation reset(long seed) {
            failing = always || (seed & 1) != 0;
            t = 0;
            return inner.reset(seed);
        }

        @Override
        public Step step(int cell) {
            if (failing && t++ == 2) {
                thrown.incrementAndGet();
                throw new IllegalStateException("no legal position left");
            }
            return inner.step(cell);
        }
    }

    @Test
    void environmentsAreMadeWithThePolicysObservationSettings() {
        for (boolean softPins : new boolean[]{true, false}) {
            PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(1, 4, 4, 0, 4).withActionGridFactor(1)
                    .withSoftPinsFromInput(softPins), 4, 1);
            java.util.List<io.macroplace.env.mdp.EnvConfig> seen = new java.util.ArrayList<>();
            new EnvPool(new DesignEnv("d", settings -> {
                seen.add(settings);
                return new FlakyEnv(false, new AtomicInteger());
            }), 3, net);
            assertEquals(3, seen.size());
            seen.forEach(s -> assertEquals(softPins, s.softPinsFromInput()));
        }
    }

    @Test
    void deadEndEpisodesAreDroppedAndCounted() {
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(1, 4, 4, 0, 4).withActionGridFactor(1), 4, 1);
        AtomicInteger thrown = new AtomicInteger();
        EnvPool pool = new EnvPool(new DesignEnv("flaky", settings -> new FlakyEnv(false, thrown)), 4, net);
        try (RolloutCollector c = new RolloutCollector(2)) {
            Rollout r = c.collect(net, pool, 10, new Random(7), false);
            assertTrue(thrown.get() > 0 && thrown.get() < 10, "seeds gave no mix of failures: " + thrown.get());
            assertEquals(thrown.get(), r.failedEpisodes());
            assertEquals(10 - thrown.get(), r.episodes().size());
            r.episodes().forEach(e -> assertEquals(4, e.length()));
        }
        EnvPool hopeless = new EnvPool(new DesignEnv("dead", settings -> new FlakyEnv(true, new AtomicInteger())), 2, net);
        try (RolloutCollector c = new RolloutCollector(1)) {
            assertThrows(AllEpisodesDeadEndedException.class, () -> c.collect(net, hopeless, 3, new Random(1), false));
        }
    }
}
