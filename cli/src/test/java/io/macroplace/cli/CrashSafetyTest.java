package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real processes: {@code kill -9} while place, compare and train write their
 * outputs leaves every output whole (old or new, never cut), the next run clears the killed run's
 * temporary files, {@code train --resume} continues from the last checkpoint; a full disk (a small
 * tmpfs) gives one error line and keeps the previous outputs.
 */
class CrashSafetyTest {
    @TempDir
    static Path shared;
    static Path netlist;
    static Path plc;

    /** A small generated design (8 hard, 30 soft macros), made once. */
    @BeforeAll
    static void design() {
        Path d = shared.resolve("design");
        CliRun gen = CliRun.of("generate", "--hard-macros", "8", "--soft-macros", "30", "--ports", "12",
                "--seed", "5", "--out", d.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        netlist = d.resolve("netlist.pb.txt.gz");
        plc = d.resolve("initial.plc");
    }

    /** {@code java ... io.macroplace.cli.Main args}, as the jar would run, with this test's class path. */
    static ProcessBuilder macroplace(Path log, String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", cp, "io.macroplace.cli.Main"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb;
    }

    /** Temporary files of AtomicFiles under {@code dir}. */
    static List<Path> temporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /**
     * Starts the process and kills it (SIGKILL) the moment a temporary output file shows up in
     * {@code dir}, i.e. while it writes; returns whether it was caught writing (false: it ended first).
     */
    static boolean killWhileWriting(ProcessBuilder pb, Path dir, long timeoutSeconds) throws Exception {
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (p.isAlive() && System.nanoTime() < deadline) {
                if (!temporaries(dir).isEmpty()) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                    p.waitFor(10, TimeUnit.SECONDS);
                    return true;
                }
                Thread.sleep(1);
            }
            return false;
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Each output is whole: a .plc that reads, a PNG that decodes, SVG/HTML/JSON/Markdown that end as they must. */
    static void assertWhole(Path dir, Netlist n) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                String name = f.getFileName().toString();
                String what = f + " is whole";
                if (name.endsWith(".plc")) {
                    assertEquals(n.nodeCount(), PlcReader.read(f, n).placement().size(), what);
                } else if (name.endsWith(".png")) {
                    assertNotNull(ImageIO.read(f.toFile()), what);
                } else if (name.endsWith(".svg")) {
                    assertTrue(Files.readString(f).endsWith("</svg>\n"), what);
                } else if (name.endsWith(".html")) {
                    assertTrue(Files.readString(f).endsWith("</html>\n"), what);
                } else if (name.endsWith(".json")) {
                    assertNotNull(Json.MAPPER.readTree(f.toFile()), what);
                } else if (name.endsWith(".md")) {
                    assertTrue(Files.readString(f).contains("| Method |"), what);
                }
            }
        }
    }

    /** A run killed while writing, then the same run again to the same folder. */
    private void killedThenRerun(String command, Path out, String... args) throws Exception {
        List<String> full = new ArrayList<>(List.of(command, netlist.toString(), "--plc", plc.toString()));
        full.addAll(Arrays.asList(args));
        full.addAll(List.of("--out", out.toString()));
        String[] argv = full.toArray(String[]::new);
        Netlist n = CtNetlistReader.read(netlist);
        CliRun first = CliRun.of(argv);
        assertEquals(0, first.exitCode(), first.err());
        int caught = 0;
        for (int attempt = 0; attempt < 3 && caught == 0; attempt++) {
            if (killWhileWriting(macroplace(out.resolveSibling(command + ".log"), argv), out, 60)) {
                caught++;
                assertWhole(out, n);
            }
        }
        assertEquals(1, caught, command + " was never caught writing: the test killed nothing");
        assertTrue(!temporaries(out).isEmpty(), "the killed run left its temporary file (this is what is cleared)");
        CliRun again = CliRun.of(argv);
        assertEquals(0, again.exitCode(), again.err());
        assertWhole(out, n);
        assertEquals(List.of(), temporaries(out), "the next run removes the killed run's temporary files");
    }

    @Test
    void placeKilledWhileWritingLeavesWholeFiles(@TempDir Path dir) throws Exception {
        killedThenRerun("place", dir.resolve("out"), "--method", "greedy+sa", "--sa-moves", "3000", "--quiet");
    }

    @Test
    void compareKilledWhileWritingLeavesWholeFiles(@TempDir Path dir) throws Exception {
        killedThenRerun("compare", dir.resolve("out"), "--methods", "random,greedy", "--seeds", "2");
    }

    @Test
    void trainKilledAfterACheckpointResumesFromIt(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("small.json"), """
                {"policy": {"gnnLayers": 1, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8},
                 "ppo": {"episodesPerIteration": 2, "minibatchSize": 16, "epochs": 1}}
                """);
        Path policy = dir.resolve("p.zip");
        Path checkpoint = dir.resolve("p.checkpoint.zip");
        String[] train = {"train", netlist.toString(), "--plc", plc.toString(), "--config", config.toString(),
            "--iterations", "1000", "--out", policy.toString()};
        Process p = macroplace(dir.resolve("train.log"), train).start();
        try {
            // kill at the first sight of a checkpoint being written after the second is in place
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < deadline
                    && !(iterations(dir.resolve("train.log")) >= 2 && !temporaries(dir).isEmpty())) {
                Thread.sleep(1);
            }
            assertTrue(p.isAlive(), "training ended before it was killed:\n" + Files.readString(dir.resolve("train.log")));
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.isRegularFile(checkpoint), "a checkpoint survives the kill");
        assertTrue(!Files.exists(policy), "no policy: the run never finished");
        int done = iterations(dir.resolve("train.log"));

        CliRun resumed = CliRun.of("train", netlist.toString(), "--plc", plc.toString(), "--resume",
                "--iterations", String.valueOf(done + 1), "--out", policy.toString(), "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("resuming at iteration " + done + " from " + checkpoint), resumed.out()
                + "\nkilled run:\n" + Files.readString(dir.resolve("train.log")));
        assertTrue(resumed.out().contains("stopped: iterations after iteration " + (done + 1)), resumed.out());
        assertEquals(done + 2, Files.readAllLines(dir.resolve("p.metrics.csv")).size(), "header and every iteration");
        assertEquals(List.of(), temporaries(dir), "the killed checkpoint write is cleared");
    }

    /** Checkpoints written so far, from the "checkpoint ... (iteration k)" lines (not printed with --quiet). */
    private static int iterations(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        int k = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int at = line.indexOf("(iteration ");
            if (line.startsWith("checkpoint ") && at > 0) {
                k = Integer.parseInt(line.substring(at + "(iteration ".length(), line.indexOf(')', at)));
            }
        }
        return k;
    }

    /**
     * A full disk: the output folder is a tmpfs just big enough for the previous outputs (in a
     * mount namespace of its own, so no root is needed). The run fails with one error line, exit 1,
     * and the previous outputs stay byte for byte, with no temporary file left.
     */
    @Test
    void aFullDiskIsOneErrorLineAndKeepsThePreviousOutputs(@TempDir Path dir) throws Exception {
        assumeTrue(unshareWorks(dir), "skipped: 'unshare -r -m' (user and mount namespaces) is not available here");
        Path previous = dir.resolve("previous");
        CliRun first = CliRun.of("place", netlist.toString(), "--plc", plc.toString(), "--method", "greedy",
                "--out", previous.toString(), "--quiet");
        assertEquals(0, first.exitCode(), first.err());
        long bytes = 0;
        Map<String, byte[]> before = new HashMap<>();
        try (Stream<Path> s = Files.list(previous)) {
            for (Path f : s.toList()) {
                before.put(f.getFileName().toString(), Files.readAllBytes(f));
                bytes += Files.size(f);
            }
        }
        Path result = Files.createDirectory(dir.resolve("result"));
        Path out = Files.createDirectory(dir.resolve("full"));
        Path log = dir.resolve("full.log");
        List<String> javaCommand = macroplace(log, "place", netlist.toString(), "--plc", plc.toString(), "--method",
                "greedy", "--out", out.toString(), "--quiet").command();
        String script = "mount -t tmpfs -o size=" + (bytes + 4 * 4096) + " none \"$1\" && cp -a \"$2\"/. \"$1\"/ && "
                + "shift 3 && \"$@\"; echo \"exit=$?\"; cp -a \"" + out + "\"/. \"" + result + "\"/";
        List<String> cmd = new ArrayList<>(List.of("unshare", "-r", "-m", "sh", "-c", script, "sh", out.toString(),
                previous.toString(), result.toString()));
        cmd.addAll(javaCommand);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        List<String> lines = Files.readAllLines(log);
        assertEquals("exit=1", lines.get(lines.size() - 1), String.join("\n", lines));
        List<String> errors = lines.subList(0, lines.size() - 1);
        assertEquals(1, errors.size(), "one line: " + errors);
        assertTrue(errors.get(0).matches("error: " + Pattern.quote(out.toString())
                + "/[a-z.]+: cannot be written \\(No space left on device\\); its previous content is kept"), errors.get(0));
        try (Stream<Path> s = Files.list(result)) {
            List<Path> files = s.toList();
            assertEquals(before.size(), files.size(), "the same files, no temporary one: " + files);
            for (Path f : files) {
                assertTrue(Arrays.equals(before.get(f.getFileName().toString()), Files.readAllBytes(f)),
                        f.getFileName() + " kept byte for byte");
            }
        }
    }

    private static boolean unshareWorks(Path dir) {
        try {
            Path probe = Files.createDirectories(dir.resolve("probe"));
            Process p = new ProcessBuilder("unshare", "-r", "-m", "sh", "-c",
                    "mount -t tmpfs -o size=4096 none \"$1\"", "sh", probe.toString())
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
