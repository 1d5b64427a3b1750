package io.macroplace.distributed.sweep;

import io.macroplace.cli.DurationConverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep file expanded into runs: every design x method x time limit x combination of the grid
 * settings of the method's stages x seed.
 */
public final class SweepPlan {
    private SweepPlan() {
    }

    /** The runs in natural order (ids 0, 1, ...). */
    public static List<SweepRun> runs(SweepFile sweep) {
        List<SweepRun> runs = new ArrayList<>();
        boolean severalLimits = sweep.timeLimits().size() > 1;
        for (int d = 0; d < sweep.designs().size(); d++) {
            String design = sweep.designs().get(d).name();
            for (String method : sweep.methods()) {
                String name = String.join("+", SweepPlacers.stages(method));
                for (Duration limit : sweep.timeLimits()) {
                    for (Map<String, String> settings : combinations(sweep.grid(), SweepPlacers.stages(method))) {
                        List<String> varies = new ArrayList<>();
                        StringBuilder file = new StringBuilder(fileSafe(name));
                        if (severalLimits) {
                            varies.add(DurationConverter.format(limit));
                            file.append('-').append(DurationConverter.format(limit));
                        }
                        settings.forEach((k, v) -> {
                            varies.add(k + "=" + v);
                            file.append('-').append(fileSafe(k.substring(k.indexOf('.') + 1) + "_" + v));
                        });
                        String variant = varies.isEmpty() ? name : name + " (" + String.join(", ", varies) + ")";
                        for (long seed : sweep.seeds()) {
                            runs.add(new SweepRun(runs.size(), d, design, name, settings, limit.toMillis(), seed,
                                    variant, file + "-seed" + seed));
                        }
                    }
                }
            }
        }
        return runs;
    }

    /**
     * The runs in the order their tasks should start: the longest expected first (a method with an
     * annealing or evolutionary stage takes its whole budget, coordinate descent part of it, a
     * construction almost nothing), so that two slots do not end with one long run alone.
     */
    public static List<SweepRun> schedule(List<SweepRun> runs) {
        List<SweepRun> out = new ArrayList<>(runs);
        out.sort(Comparator.comparingDouble(SweepPlan::expectedSeconds).reversed()
                .thenComparingInt(SweepRun::id));
        return out;
    }

    static double expectedSeconds(SweepRun run) {
        List<String> stages = SweepPlacers.stages(run.method());
        double share = stages.contains("sa") || stages.contains("ea") || stages.contains("rl") ? 1.0
                : stages.contains("cd") ? 0.25 : 0.01;
        return share * run.timeLimitMs() / 1000.0;
    }

    /** Every combination of the grid's entries for these stages (one empty map when none applies). */
    static List<Map<String, String>> combinations(Map<String, List<String>> grid, List<String> stages) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> g : grid.entrySet()) {
            if (!stages.contains(g.getKey().substring(0, g.getKey().indexOf('.')))) {
                continue;
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : g.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(g.getKey(), value);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** A method name or setting as part of a file name ("greedy+sa" -> "greedy_sa"). */
    static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
