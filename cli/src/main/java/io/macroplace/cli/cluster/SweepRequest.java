package io.macroplace.cli.cluster;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code sweep} command line.
 *
 * @param file   the sweep file (JSON)
 * @param out    output folder
 * @param master Spark master URL
 * @param conf   extra Spark settings
 * @param tries  attempts per run before it is reported failed
 */
public record SweepRequest(Path file, Path out, String master, Map<String, String> conf, int tries) {
    public SweepRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(master, "master");
        conf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conf));
        if (tries < 1) {
            throw new IllegalArgumentException("--tries must be at least 1");
        }
    }
}
