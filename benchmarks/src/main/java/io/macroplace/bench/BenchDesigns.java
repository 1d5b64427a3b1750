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

    /**
     * "ariane133"; "gen1x", "gen10x", "gen100x", or one of them with "-g24"; "pins-S" (the default
     * generated design with every count times S, e.g. "pins-0.25"); "hard-N" (the default with N
     * hard macros).
     */
    public static Loaded load(String name) {
        try {
            if (name.startsWith("pins-") || name.startsWith("hard-")) {
                GeneratedDesign g = DesignGenerator.generate(scalingConfig(name));
                return new Loaded(g.netlist(), g.plc(), CostSettings.resolve(g.netlist(), g.plc().header()));
            }
            if (name.equals("ariane133")) {
                Netlist n = CtNetlistReader.read(file("ariane133-ng45", "netlist.pb.txt.gz"));
                PlcFile plc = PlcReader.read(file("ariane133-ng45", "legalized.plc"), n);
                return new Loaded(n, plc, CostSettings.resolve(n, plc.header()));
            }
            // "genNx": N times the ariane-like defaults, grid re-derived (it grows with sqrt(N));
            // "genNx-g24": the same with ariane's 24 x 21 grid kept, to separate pins from cells
            boolean fixedGrid = name.endsWith("-g24");
            String base = fixedGrid ? name.substring(0, name.length() - 4) : name;
            int factor = switch (base) {
                case "gen1x" -> 1;
                case "gen10x" -> 10;
                case "gen100x" -> 100;
                default -> throw new IllegalArgumentException("unknown design " + name);
            };
            GeneratorConfig config = GeneratorConfig.defaults();
            if (fixedGrid) {
                config = config.withGrid(24, 21);
            }
            GeneratedDesign g = DesignGenerator.generate(config.scaled(factor));
            return new Loaded(g.netlist(), g.plc(), CostSettings.resolve(g.netlist(), g.plc().header()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generator settings of a scaling design, "pins-S" or "hard-N". */
    static GeneratorConfig scalingConfig(String name) {
        GeneratorConfig d = GeneratorConfig.defaults();
        String value = name.substring(5);
        if (name.startsWith("pins-")) {
            double s = Double.parseDouble(value);
            return d.withCounts(scaled(d.hardMacros(), s), scaled(d.softMacros(), s), scaled(d.ports(), s));
        }
        return d.withCounts(Integer.parseInt(value), d.softMacros(), d.ports());
    }

    private static int scaled(int count, double s) {
        return (int) Math.max(1, Math.round(count * s));
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
