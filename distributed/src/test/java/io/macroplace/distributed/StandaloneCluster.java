package io.macroplace.distributed;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: one master and one worker as separate JVMs
 * started from the project's own dependencies (target/spark.classpath) with a temporary
 * SPARK_HOME whose jars/ links them, as a Spark installation has them (the worker starts
 * executors from it). Macroplace's own modules are left out of it: they reach the executors the
 * way they reach a real cluster, from the driver (spark.jars). {@link #close} ends every process
 * it started, the executors included.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path home;
    private final Path logs;
    private final List<String> sparkJars;
    private final int masterPort;
    private Process master;
    private Process worker;
    private int workers;
    /** Every process started, and the executors seen under a worker, to be ended by close(). */
    private final Set<ProcessHandle> started = new LinkedHashSet<>();

    private StandaloneCluster(Path dir, List<String> sparkJars) throws IOException {
        this.home = dir.resolve("spark-home");
        this.logs = dir.resolve("logs");
        this.sparkJars = sparkJars;
        this.masterPort = freePort();
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(logs);
        for (String jar : sparkJars) {
            Path p = Path.of(jar);
            Files.createSymbolicLink(home.resolve("jars").resolve(p.getFileName()), p);
        }
    }

    /** Starts the master and one worker (2 cores) and waits until the worker has registered. */
    static StandaloneCluster start(Path dir) throws Exception {
        StandaloneCluster c = new StandaloneCluster(dir, installedJars());
        try {
            c.master = c.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(freePort())));
            c.startWorker();
            return c;
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Starts a worker and waits for its registration with the master. */
    void startWorker() throws Exception {
        workers++;
        Path workDir = home.resolve("work-" + workers);
        Files.createDirectories(workDir);
        worker = launch("worker-" + workers, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "3g", "--work-dir", workDir.toString(), masterUrl()));
        waitForLog("worker-" + workers, "Successfully registered with master", Duration.ofSeconds(90));
    }

    /** Kills the worker at once (SIGKILL), as a machine failure would, and the executors it started. */
    void killWorker() throws InterruptedException {
        List<ProcessHandle> executors = worker.descendants().toList();
        started.addAll(executors);
        worker.destroyForcibly();
        worker.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle e : executors) {
            e.destroyForcibly();
        }
    }

    /** The executors the current worker runs now (remembered for close()). */
    List<ProcessHandle> executors() {
        List<ProcessHandle> executors = worker == null ? List.of() : worker.descendants().toList();
        started.addAll(executors);
        return executors;
    }

    private Process launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(sparkJvmOptions());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(home.resolve("jars") + "/*");
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        started.add(p.toHandle());
        return p;
    }

    private void waitForLog(String name, String text, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        Path log = logs.resolve(name + ".log");
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!master.isAlive() || worker != null && !worker.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not log \"" + text + "\"; logs:\n" + logTails());
    }

    /** The last lines of every process's log, for a failing test's message. */
    String logTails() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                List<String> lines = Files.readAllLines(f);
                b.append("== ").append(f.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> b.append(l).append('\n'));
            }
        } catch (IOException e) {
            b.append(e);
        }
        return b.toString();
    }

    @Override
    public void close() {
        executors();
        for (ProcessHandle p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (ProcessHandle p : started) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the assertion of the test that checks nothing is left
            }
        }
    }

    /** Processes started by this cluster that still run. */
    List<ProcessHandle> alive() {
        return started.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** The Spark options of this JVM (surefire's argLine): Master and Worker need the same openings. */
    static List<String> sparkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .toList();
    }

    /** target/spark.classpath less macroplace's own modules (the jars or class folders inside the project). */
    static List<String> installedJars() throws IOException {
        Path project = Path.of(System.getProperty("macroplace.home")).toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        String classpath = Files.readString(target().resolve("spark.classpath")).trim();
        for (String e : classpath.split(java.io.File.pathSeparator)) {
            if (!Path.of(e).toAbsolutePath().normalize().startsWith(project) && Files.isRegularFile(Path.of(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** target/app.classpath: the jars macroplace needs besides Spark (the modules' jars or class folders). */
    static String appClasspath() throws IOException {
        return Files.readString(target().resolve("app.classpath")).trim();
    }

    static Path target() {
        return Path.of(System.getProperty("macroplace.home")).resolve("distributed").resolve("target");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
