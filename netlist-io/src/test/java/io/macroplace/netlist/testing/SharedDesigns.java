package io.macroplace.netlist.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.opentest4j.TestAbortedException;

/**
 * Locates the read-only reference designs in {@code ../shared/designs} (next to the checkout) and
 * names what each holds ({@link #CT_DESIGNS}), so that tests ask for files by name instead of
 * listing folders: a file that is gone is then named, never silently left out.
 *
 * <p>A user's clone has no such folder: a test that needs it is skipped with a message naming the
 * folder, and {@link SkippedDesignsNotice} prints one line per module saying so. Under CI
 * ({@code CI=true}, which {@code .ci/run} sets) the designs must be there: a missing folder or file
 * fails the test that needs it, naming it.
 */
public final class SharedDesigns {
    /** A reference design in Circuit Training format: its folder, netlist file and .plc (or null). */
    public record CtDesign(String name, String netlist, String plc) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every CT-format reference design (../shared/designs/README.md); LEF/DEF ones are not here. */
    public static final List<CtDesign> CT_DESIGNS = List.of(
            new CtDesign("ariane133-ng45", "netlist.pb.txt.gz", "legalized.plc"),
            new CtDesign("ariane133-ng45-flat", "netlist.pb.txt.gz", null),
            new CtDesign("ct-macro_tiles_10x10", "netlist.pb.txt", "initial.plc"),
            new CtDesign("ct-sample_clustered", "netlist.pb.txt", "initial.plc"),
            new CtDesign("ct-simple_grouped_with_coords", "netlist.pb.txt", "initial.plc"),
            new CtDesign("ct-simple_grouped_with_coords_with_blockage", "netlist.pb.txt", "initial.plc"),
            new CtDesign("ct-simple_with_coords", "netlist.pb.txt", "initial.plc"),
            new CtDesign("ct-toy_macro_stdcell", "netlist.pb.txt", "initial.plc"));

    private static final AtomicInteger SKIPPED = new AtomicInteger();

    private SharedDesigns() {
    }

    /** The designs folder; a skipped test when it is absent (a failed one under CI). */
    public static Path root() {
        Path root = locate();
        if (!Files.isDirectory(root)) {
            if (underCi()) {
                fail("reference designs not found at " + root + " (the ../shared/designs folder beside the "
                        + "checkout); CI=true needs them");
            }
            SKIPPED.incrementAndGet();
            throw new TestAbortedException("skipped: reference designs not found at " + root
                    + " (the ../shared/designs folder beside the checkout)");
        }
        return root;
    }

    /**
     * A file inside one design folder, e.g. {@code file("ariane133-ng45", "legalized.plc")}. When the
     * folder is there but the file is not, the test fails naming it under CI and skips naming it
     * elsewhere.
     */
    public static Path file(String design, String name) {
        Path f = root().resolve(design).resolve(name);
        if (!Files.isRegularFile(f)) {
            if (underCi()) {
                fail(f + " not found: a reference design file this test needs (CI=true)");
            }
            throw new TestAbortedException("skipped: " + f + " not found");
        }
        return f;
    }

    /** The netlist file of a design of {@link #CT_DESIGNS}. */
    public static Path netlist(CtDesign d) {
        return file(d.name(), d.netlist());
    }

    /** The .plc of a design of {@link #CT_DESIGNS}, or null for one that has none. */
    public static Path plc(CtDesign d) {
        return d.plc() == null ? null : file(d.name(), d.plc());
    }

    /** A design of {@link #CT_DESIGNS} by folder name. */
    public static CtDesign ct(String name) {
        return CT_DESIGNS.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference design " + name));
    }

    /** Whether the build runs under CI, where missing reference designs are failures. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** How many tests this JVM skipped because the designs folder is absent. */
    static int skippedForMissingFolder() {
        return SKIPPED.get();
    }

    /** Where the designs folder is looked for (the Maven property, else beside the working directory's checkout). */
    static Path locate() {
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
