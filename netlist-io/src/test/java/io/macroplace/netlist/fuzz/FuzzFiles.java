package io.macroplace.netlist.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch files for the fuzz targets, which read through the same {@code Path} entry points as the
 * command line (so gzip detection, folder checks and file naming are fuzzed too), and the one
 * property every target checks: bad input fails only with a short, one-line {@link FormatException}
 * naming one of the files read.
 */
final class FuzzFiles {
    /** Longest error message accepted: a message quoting a whole huge token is itself a bug. */
    static final int MAX_MESSAGE = 600;

    private static Path dir;

    private FuzzFiles() {
    }

    /** One folder per JVM (in memory where /dev/shm exists), removed at exit. */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path shm = Path.of("/dev/shm");
                dir = Files.isDirectory(shm) && Files.isWritable(shm)
                        ? Files.createTempDirectory(shm, "macroplace-fuzz")
                        : Files.createTempDirectory("macroplace-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path d = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(d)));
        }
        return dir;
    }

    static Path write(String name, byte[] data) throws IOException {
        Path f = dir().resolve(name);
        Files.write(f, data);
        return f;
    }

    /** The error names a file that was read, a line that is not negative, and fits one short line. */
    static void assertWellFormed(FormatException e, Path... files) {
        String m = e.getMessage();
        boolean named = false;
        for (Path f : files) {
            named |= m.startsWith(f.toString());
        }
        assertTrue(named, () -> "error names no input file: " + m);
        assertTrue(e.line() >= 0, () -> "negative line: " + m);
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "error spans lines: " + m);
        assertTrue(m.length() <= MAX_MESSAGE, () -> "error of " + m.length() + " chars: "
                + m.substring(0, 200) + "...");
    }

    private static void deleteTree(Path d) {
        try (Stream<Path> s = Files.walk(d)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
