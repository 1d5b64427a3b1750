package io.macroplace.distributed.spark;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark for a macroplace command: in this process ({@code local[*]}, the default) or
 * against a cluster master. Spark's own logging is kept to warnings; the command prints progress.
 */
public final class SparkSessions {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*(\\d+))?])?");

    private SparkSessions() {
    }

    /**
     * @param master Spark master URL
     * @param conf   extra settings (--conf), applied last
     * @param tries  attempts per task: local mode takes them in the master URL ({@code local[N,tries]}),
     *               a cluster as spark.task.maxFailures
     */
    public static SparkSession start(String appName, String master, Map<String, String> conf, int tries)
            throws IOException {
        quietLogging();
        SparkConf c = new SparkConf().setAppName(appName).setMaster(withTries(master, tries));
        if (isLocal(master)) {
            c.set("spark.ui.enabled", "false"); // nobody browses an embedded run; saves a second at start
        } else if (!conf.containsKey("spark.jars") && !c.contains("spark.jars")) {
            String jars = AppJars.sparkJars(); // the executors' copy of macroplace (spark-submit ships its own)
            if (!jars.isEmpty()) {
                c.set("spark.jars", jars);
            }
        }
        c.set("spark.task.maxFailures", String.valueOf(tries));
        // Results come back through the driver: the pictures of a large sweep add up.
        c.set("spark.driver.maxResultSize", "0");
        conf.forEach(c::set);
        return SparkSession.builder().config(c).getOrCreate();
    }

    public static boolean isLocal(String master) {
        return LOCAL.matcher(master.trim()).matches();
    }

    /** {@code local}/{@code local[N]} with the retry count Spark's local mode takes only in the URL. */
    static String withTries(String master, int tries) {
        Matcher m = LOCAL.matcher(master.trim());
        if (!m.matches() || m.group(2) != null) {
            return master.trim(); // a cluster, or local[N,F] as the user wrote it
        }
        String threads = m.group(1) == null ? "1" : m.group(1);
        return "local[" + threads + "," + tries + "]";
    }

    /** The attempts per task a master URL gives, when it says (local[N,F]); else {@code tries}. */
    public static int tries(String master, int tries) {
        Matcher m = LOCAL.matcher(master.trim());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : tries;
    }

    /**
     * Spark logs at INFO unless Log4j was configured; macroplace's commands print their own
     * progress, so Spark says only warnings (a log4j2 configuration file still takes precedence).
     */
    private static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            Configurator.setRootLevel(Level.WARN);
            Configurator.setLevel("org.apache.spark", Level.WARN);
            // start-up chatter of the JVM's environment that says nothing about the job
            Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
            Configurator.setLevel("org.apache.spark.util.Utils", Level.ERROR);
            // A failed try is reported by the command (its retry line, or the run's error); the
            // scheduler's and local executor's stack traces of it would bury that.
            Configurator.setLevel("org.apache.spark.scheduler.TaskSetManager", Level.ERROR);
            Configurator.setLevel("org.apache.spark.executor.Executor", Level.OFF);
            // a lost executor's connection ends with a reset; the scheduler's "Lost executor" says it
            Configurator.setLevel("org.apache.spark.network.server.TransportChannelHandler", Level.ERROR);
            // with Spark's Log4j binding ND4J's SameDiff start-up notes surface (duplicate op names)
            Configurator.setLevel("org.nd4j.imports.converters.ImportClassMapping", Level.ERROR);
        }
    }
}
