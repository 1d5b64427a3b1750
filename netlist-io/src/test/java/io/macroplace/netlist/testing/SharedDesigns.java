package io.macroplace.netlist.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference designs in {@code ../shared/designs} (next to the checkout).
 * A user's clone has no such folder: tests that need it are skipped with a message naming it.
 * CI always has it ({@code .ci/run} fails when it is missing).
 */
public final class SharedDesigns {
    private SharedDesigns() {
    }

    /** The designs folder, or a skipped test when it is absent. */
    public static Path root() {
        Path root = locate();
        assumeTrue(Files.isDirectory(root),
                () -> "skipped: reference designs not found at " + root + " (the ../shared/designs folder beside the checkout)");
        return root;
    }

    /** A file inside one design folder, e.g. {@code file("ariane133-ng45", "legalized.plc")}; skips if absent. */
    public static Path file(String design, String name) {
        Path f = root().resolve(design).resolve(name);
        assumeTrue(Files.isRegularFile(f), () -> "skipped: " + f + " not found");
        return f;
    }

    private static Path locate() {
        String configured = System.getProperty("macroplace.shared.designs");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        // Fallback when run outside Maven: walk up from the working directory.
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("designs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("..", "shared", "designs").toAbsolutePath().normalize();
    }
}
