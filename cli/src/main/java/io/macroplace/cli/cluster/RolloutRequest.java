package io.macroplace.cli.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code train --master} command line: where the PPO rollouts are collected.
 *
 * @param designs         the designs trained on, in the trainer's order (executors read them again)
 * @param costArgs        {@code cost}'s options as given, the same for every design
 * @param master          Spark master URL
 * @param conf            extra Spark settings
 * @param episodesPerTask episodes one Spark task plays in lockstep; 0: an iteration's episodes of a
 *                        design split evenly over Spark's default parallelism
 * @param tries           attempts per task (a lost executor's episodes are played again)
 */
public record RolloutRequest(List<Design> designs, List<String> costArgs, String master, Map<String, String> conf,
                             int episodesPerTask, int tries) {
    public RolloutRequest {
        designs = List.copyOf(designs);
        costArgs = List.copyOf(costArgs);
        Objects.requireNonNull(master, "master");
        conf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conf));
        if (episodesPerTask < 0) {
            throw new IllegalArgumentException("--episodes-per-task must be at least 1");
        }
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
    }

    /**
     * One design's files.
     *
     * @param plc its .plc, or null
     * @param lef the LEF files of a DEF netlist, else empty
     */
    public record Design(String name, Path netlist, Path plc, List<Path> lef) {
        public Design {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(netlist, "netlist");
            lef = List.copyOf(lef);
        }
    }
}
