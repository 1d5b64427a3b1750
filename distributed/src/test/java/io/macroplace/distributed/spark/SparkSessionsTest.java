package io.macroplace.distributed.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
    @Test
    void localModeTakesItsTriesInTheUrl() {
        assertEquals("local[*,3]", SparkSessions.withTries("local[*]", 3));
        assertEquals("local[2,2]", SparkSessions.withTries("local[2]", 2));
        assertEquals("local[1,4]", SparkSessions.withTries("local", 4));
        assertEquals("local[2,5]", SparkSessions.withTries("local[2,5]", 2)); // the user's own
        assertEquals(5, SparkSessions.tries("local[2,5]", 2));
        assertEquals(2, SparkSessions.tries("spark://h:7077", 2));
        assertEquals("spark://h:7077", SparkSessions.withTries("spark://h:7077", 3));
        assertTrue(SparkSessions.isLocal("local[*]"));
        assertFalse(SparkSessions.isLocal("k8s://https://h:6443"));
    }

    /** The launcher gives the sweep the JVM options this test JVM got from surefire's argLine. */
    @Test
    void theLauncherOpensWhatTheTestsOpen() throws Exception {
        Path launcher = Path.of(System.getProperty("macroplace.home")).resolve("macroplace");
        List<String> fromLauncher = new ArrayList<>();
        boolean inList = false;
        for (String line : Files.readAllLines(launcher)) {
            if (line.startsWith("spark_java_options=(")) {
                inList = true;
            } else if (inList && line.trim().equals(")")) {
                break;
            } else if (inList) {
                fromLauncher.add(line.trim());
            }
        }
        assertTrue(fromLauncher.size() > 10, fromLauncher.toString());
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> sparkOptions = jvm.stream().filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore")
                || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")).toList();
        assertEquals(fromLauncher, sparkOptions);
    }
}
