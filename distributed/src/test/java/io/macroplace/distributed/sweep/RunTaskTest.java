package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.sa.AnnealingPlacer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sweep run's annealing threads: the task's cores, unless the sweep file asks for more. */
class RunTaskTest {
    private static SweepInputs inputs(List<String> methodArgs) {
        return new SweepInputs(List.of(), List.of(), methodArgs, null);
    }

    private static int saThreads(SweepInputs inputs, int taskCpus) {
        PipelinePlacer p = (PipelinePlacer) SweepPlacers.placer("greedy+sa", Map.of(),
                RunTask.methodOptions(inputs, taskCpus));
        return ((AnnealingPlacer) p.stages().get(1)).config().threads();
    }

    @Test
    void saRunsOnTheTasksCoresNotOnEveryProcessor() {
        assertEquals(1, saThreads(inputs(List.of()), 1));
        assertEquals(4, saThreads(inputs(List.of()), 4), "spark.task.cpus=4");
        assertEquals(3, saThreads(inputs(List.of("--threads=3")), 1), "method_options' threads");
    }
}
