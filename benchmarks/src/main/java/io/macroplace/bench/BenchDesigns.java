package io.macroplace.bench;

import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.plc.PlcReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The designs benchmarks run on: ariane133 from {@code ../shared/designs} (or the folder named by
 * {@code -Dmacroplace.shared.designs}), and synthetic ariane-like designs of 1x, 10x and 100x its
 * size from {@link DesignGenerator}.
 */
public final class BenchDesigns {
    private BenchDesigns() {
    }

    /** A netlist with its placement and cost settings. */
    public record Loaded(Netlist netlist, PlcFile plc, CostSettings settings) {
        public CostModel model() {
            return CostModel.of(netlist, settings);
        }

        public PlacementState state() {
            return PlacementState.of(netlist, plc.placement());
        }
    }

    /** "ariane133", "gen1x", "gen10x" or "gen100x". */
    public static Loaded load(String name) {
        try {
            if (name.equals("ariane133")) {
                Netlist n = CtNetlistReader.read(file("ariane133-ng45", "netlist.pb.txt.gz"));
                PlcFile plc = PlcReader.read(file("ariane133-ng45", "legalized.plc"), n);
                return new Loaded(n, plc, CostSettings.resolve(n, plc.header()));
            }
            int factor = switch (name) {
                case "gen1x" -> 1;
                case "gen10x" -> 10;
                case "gen100x" -> 100;
                default -> throw new IllegalArgumentException("unknown design " + name);
            };
            GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().scaled(factor));
            return new Loaded(g.netlist(), g.plc(), CostSettings.resolve(g.netlist(), g.plc().header()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a shared design; fails with the folder's name when it is absent. */
    public static Path file(String design, String name) {
        Path root = root();
        Path f = root.resolve(design).resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("reference design file " + f + " not found: benchmarks need the"
                    + " shared designs folder " + root + " (../shared/designs beside the checkout, or"
                    + " -Dmacroplace.shared.designs=DIR)");
        }
        return f;
    }

    private static Path root() {
        String configured = System.getProperty("macroplace.shared.designs");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("designs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "designs").toAbsolutePath().normalize();
    }
}
