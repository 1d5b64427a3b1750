package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepPlacersTest {
    @Test
    void saMoveWeightsAreSettingsByTheirGeneratorsNames() {
        SaConfig c = SweepPlacers.saSetting(SaConfig.defaults(), "hard_swap", "0.3");
        assertEquals(SaConfig.defaults().withMoveWeight("hard-swap", 0.3), c);
        assertEquals(0.3, c.moves().get(1).weight());
        assertEquals("hard_swap: \"x\" is not a number",
                assertThrows(IllegalArgumentException.class,
                        () -> SweepPlacers.saSetting(SaConfig.defaults(), "hard_swap", "x")).getMessage());
        assertEquals("unknown setting \"swap\" (known: hard_shift, hard_swap, soft_shift, hard_jump, flip, "
                        + "accept_start, cool_to, radius_start, radius_end, soft_every, soft_at_start, spacing, "
                        + "max_moves, threads, epochs)",
                assertThrows(IllegalArgumentException.class,
                        () -> SweepPlacers.saSetting(SaConfig.defaults(), "swap", "1")).getMessage());
    }

    @Test
    void aGridStageKeepsTheMethodOptionsMovesAndThreads() {
        MethodOptions options = MethodOptions.defaults().withSaMoves(5000L).withThreads(3);
        PipelinePlacer p = (PipelinePlacer) SweepPlacers.placer("greedy+sa", Map.of("sa.accept_start", "0.02"), options);
        SaConfig c = ((AnnealingPlacer) p.stages().get(1)).config();
        assertEquals(SaConfig.defaults().withAcceptStart(0.02).withMaxMoves(5000).withThreads(3), c);
    }
}
