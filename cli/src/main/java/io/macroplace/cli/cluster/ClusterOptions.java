package io.macroplace.cli.cluster;

import java.util.Map;
import picocli.CommandLine.Option;

/** Where Spark runs and how (the {@code sweep} command's options). */
public final class ClusterOptions {
    /** Spark's embedded, in-process mode on every core of this machine. */
    public static final String LOCAL = "local[*]";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (in-process, every core; the default), local[N], "
                    + "spark://HOST:7077, k8s://https://HOST:PORT, yarn, or any URL spark-submit accepts")
    public String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "a Spark setting, e.g. spark.executor.memory=4g (repeatable)")
    public Map<String, String> conf = new java.util.LinkedHashMap<>();

    /** The master to use: the option, else Spark's spark.master property (spark-submit sets it), else local[*]. */
    public String masterOrDefault() {
        if (master != null && !master.isBlank()) {
            return master.trim();
        }
        String submitted = System.getProperty("spark.master");
        return submitted != null && !submitted.isBlank() ? submitted : LOCAL;
    }
}
