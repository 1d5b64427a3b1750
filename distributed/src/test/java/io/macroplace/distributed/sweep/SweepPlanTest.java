package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    private static SweepFile sweep(List<String> methods, int seeds, List<Duration> limits,
                                   Map<String, List<String>> grid) {
        List<Long> s = java.util.stream.LongStream.rangeClosed(1, seeds).boxed().toList();
        List<SweepFile.Design> designs = List.of(new SweepFile.Design("a", Path.of("a.pb.txt"), null, List.of()),
                new SweepFile.Design("b", Path.of("b.pb.txt"), null, List.of()));
        return new SweepFile(Path.of("s.json"), designs, methods, s, limits, List.of(), List.of(), grid);
    }

    @Test
    void everyDesignMethodLimitSettingAndSeedIsOneRun() {
        List<SweepRun> runs = SweepPlan.runs(sweep(List.of("greedy", "greedy+sa"), 3,
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                Map.of("sa.accept_start", List.of("0.01", "0.1"))));
        // per design: greedy 2 limits x 3 seeds, greedy+sa 2 limits x 2 settings x 3 seeds
        assertEquals(2 * (6 + 12), runs.size());
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(i, runs.get(i).id());
        }
        assertEquals(runs.size(), runs.stream().map(r -> r.designName() + "/" + r.fileLabel()).distinct().count());
        SweepRun r = runs.get(6 + 3 + 2); // design a, greedy+sa, 5s, accept 0.1, seed 3
        assertEquals("a", r.designName());
        assertEquals("greedy+sa", r.method());
        assertEquals(Map.of("sa.accept_start", "0.1"), r.settings());
        assertEquals(5000, r.timeLimitMs());
        assertEquals(3, r.seed());
        assertEquals("greedy+sa (5s, sa.accept_start=0.1)", r.variant());
        assertEquals("greedy_sa-5s-accept_start_0.1-seed3", r.fileLabel());
        assertEquals("greedy (10s)", runs.get(3).variant()); // no grid setting applies to greedy
        assertEquals(Map.of(), runs.get(3).settings());
    }

    @Test
    void oneTimeLimitIsNotPartOfTheLabel() {
        List<SweepRun> runs = SweepPlan.runs(sweep(List.of("SA"), 1, List.of(Duration.ofSeconds(5)), Map.of()));
        assertEquals("sa", runs.get(0).variant());
        assertEquals("sa-seed1", runs.get(0).fileLabel());
    }

    @Test
    void theScheduleStartsTheLongestRunsFirst() {
        List<SweepRun> runs = SweepPlan.runs(sweep(List.of("random", "greedy+cd", "sa"), 1,
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(20)), Map.of()));
        String order = SweepPlan.schedule(runs).stream().map(r -> r.designName() + ":" + r.variant())
                .collect(Collectors.joining(" "));
        // expected seconds: sa its budget, cd a quarter (greedy+cd 20s ties with sa 5s: natural order), random ~0
        assertEquals("a:sa (20s) b:sa (20s) a:greedy+cd (20s) a:sa (5s) b:greedy+cd (20s) b:sa (5s) "
                + "a:greedy+cd (5s) b:greedy+cd (5s) a:random (20s) b:random (20s) a:random (5s) b:random (5s)", order);
    }
}
