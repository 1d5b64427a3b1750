package io.macroplace.distributed.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A parsed sweep file: what to run, before it is expanded into runs ({@link SweepPlan}).
 *
 * @param source        the file, for messages
 * @param designs       the designs, names unique
 * @param methods       methods or pipelines, as {@code place --method} takes them
 * @param seeds         seeds of every variant
 * @param timeLimits    budgets of every variant
 * @param costArgs      the cost settings as {@code cost}'s options ("--cols=24", ...)
 * @param methodArgs    the method options as {@code place}'s options ("--sa-moves=1000000", ...)
 * @param grid          placer settings to sweep: "STAGE.setting" to its values, in file order
 */
public record SweepFile(Path source, List<Design> designs, List<String> methods, List<Long> seeds,
                        List<Duration> timeLimits, List<String> costArgs, List<String> methodArgs,
                        Map<String, List<String>> grid) {

    public SweepFile {
        designs = List.copyOf(designs);
        methods = List.copyOf(methods);
        seeds = List.copyOf(seeds);
        timeLimits = List.copyOf(timeLimits);
        costArgs = List.copyOf(costArgs);
        methodArgs = List.copyOf(methodArgs);
        grid = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(grid));
    }

    /**
     * One design of the sweep.
     *
     * @param name    unique within the sweep; names its output folder
     * @param netlist CT netlist, DEF, or Bookshelf .aux
     * @param plc     the .plc of a CT netlist, or null
     * @param lef     the LEF files of a DEF, else empty
     */
    public record Design(String name, Path netlist, Path plc, List<Path> lef) {
        public Design {
            lef = List.copyOf(lef);
        }
    }
}
