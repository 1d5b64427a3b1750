package io.macroplace.distributed.sweep;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a sweep: a design, a variant (method, time limit and grid settings) and a seed. The
 * unit of work of one Spark task.
 *
 * @param id          position in the sweep's natural order (design, method, time limit, settings, seed)
 * @param design      index of the design in the sweep file
 * @param designName  the design's name
 * @param method      the method or pipeline ("greedy+sa+cd")
 * @param settings    grid settings of this variant, "sa.accept_start" to "0.01", in grid order
 * @param timeLimitMs the run's budget
 * @param seed        the placer's seed
 * @param variant     the variant's label in reports: the method, then what varies, e.g.
 *                    "sa (30s, sa.accept_start=0.01)"
 * @param fileLabel   the run's output file name without extension, unique within its design
 */
public record SweepRun(int id, int design, String designName, String method, Map<String, String> settings,
                       long timeLimitMs, long seed, String variant, String fileLabel) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SweepRun {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The settings as one text, "sa.accept_start=0.01 sa.cool_to=0.001", or "" for none. */
    public String settingsText() {
        StringBuilder b = new StringBuilder();
        settings.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }
}
