package io.macroplace.cli.command;

import io.macroplace.cli.Json;
import io.macroplace.cli.OutputPaths;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistSummary;
import io.macroplace.netlist.bookshelf.BookshelfWriter;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.format.DesignWriter;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.plc.PlcWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generate a synthetic clustered design.",
            "",
            "Hard macros of mixed SRAM-like sizes, soft macros (std-cell clusters), ports, and",
            "local nets with a realistic degree distribution. The same options and seed give",
            "the same design. Writes OUT/netlist.pb.txt.gz, OUT/initial.plc (a legal",
            "placement) and OUT/generate.json; with --bookshelf also OUT/netlist.aux and the",
            "Bookshelf files it names (.nodes, .nets, .wts, .pl with the same placement, .scl)."
        },
        footer = {"", "Example:",
            "  macroplace generate --hard-macros 40 --soft-macros 200 --ports 100 --seed 7 \\",
            "      --out designs/small"})
public final class GenerateCommand implements Callable<Integer> {
    private static final GeneratorConfig DEFAULTS = GeneratorConfig.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--hard-macros", paramLabel = "N", description = "hard macros (default: ${DEFAULT-VALUE})")
    int hardMacros = DEFAULTS.hardMacros();

    @Option(names = "--soft-macros", paramLabel = "M", description = "soft macros / std-cell clusters (default: ${DEFAULT-VALUE})")
    int softMacros = DEFAULTS.softMacros();

    @Option(names = "--ports", paramLabel = "K", description = "I/O ports on the canvas edges (default: ${DEFAULT-VALUE})")
    int ports = DEFAULTS.ports();

    @Option(names = "--hard-macro-pins", paramLabel = "P", description = "pins per hard macro (default: ${DEFAULT-VALUE})")
    int hardMacroPins = DEFAULTS.hardMacroPins();

    @Option(names = "--soft-macro-pins", paramLabel = "P", description = "pins per soft macro (default: ${DEFAULT-VALUE})")
    int softMacroPins = DEFAULTS.softMacroPins();

    @Option(names = "--utilisation", paramLabel = "U", description = "macro area / canvas area (default: ${DEFAULT-VALUE})")
    double utilisation = DEFAULTS.utilisation();

    @Option(names = "--scale", paramLabel = "F", description = "multiply macro and port counts by F (default: ${DEFAULT-VALUE})")
    int scale = 1;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = DEFAULTS.seed();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @Option(names = "--bookshelf", description = "also write the design as Bookshelf (OUT/netlist.aux ...)")
    boolean bookshelf;

    @Option(names = "--json", description = "print a JSON summary instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OutputPaths.checkFolder(out, "--out");
        GeneratorConfig config = DEFAULTS.withCounts(hardMacros, softMacros, ports)
                .withPins(hardMacroPins, softMacroPins)
                .withUtilisation(utilisation, DEFAULTS.aspectRatio())
                .withSeed(seed)
                .scaled(scale);
        GeneratedDesign design = DesignGenerator.generate(config);
        Path netlistFile = out.resolve("netlist.pb.txt.gz");
        Path plcFile = out.resolve("initial.plc");
        Path auxFile = out.resolve("netlist.aux");
        Netlist netlist = design.netlist();
        CtNetlistWriter.check(netlist, design.plc().placement());
        AtomicFiles.Batch files = AtomicFiles.batch()
                .add(netlistFile, CtNetlistWriter.body(netlist, design.plc().placement(), netlistFile))
                .addText(plcFile, w -> PlcWriter.write(w, netlist, design.plc()))
                .addString(out.resolve("generate.json"), Json.write(config) + "\n");
        if (bookshelf) {
            BookshelfWriter.addTo(files, auxFile, netlist, design.plc().placement(),
                    DesignWriter.layoutFor(netlist, design.plc()));
        }
        files.write();
        NetlistSummary s = NetlistSummary.of(netlist);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("netlist", netlistFile.toString());
            m.put("plc", plcFile.toString());
            if (bookshelf) {
                m.put("bookshelf", auxFile.toString());
            }
            m.put("summary", s);
            m.put("config", config);
            Json.print(o, m);
        } else {
            o.printf("wrote %s (%,d hard macros, %,d soft macros, %,d ports, %,d nets, %,d net pins)%n",
                    netlistFile, s.hardMacros(), s.softMacros(), s.ports(), s.nets(), s.netPins());
            o.printf("wrote %s%n", plcFile);
            if (bookshelf) {
                o.printf("wrote %s (Bookshelf)%n", auxFile);
            }
            o.flush();
        }
        return 0;
    }
}
