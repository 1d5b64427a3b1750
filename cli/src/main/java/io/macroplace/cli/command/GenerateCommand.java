package io.macroplace.cli.command;

import io.macroplace.cli.Json;
import io.macroplace.cli.OutputPaths;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistSummary;
import io.macroplace.netlist.bookshelf.BookshelfWriter;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.format.DesignWriter;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.generate.CorpusGenerator;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.plc.PlcWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            "Bookshelf files it names (.nodes, .nets, .wts, .pl with the same placement, .scl).",
            "",
            "--corpus N writes a seeded family of N diverse designs instead, for pre-training a",
            "policy: OUT/design-000 ... each with the files above, and OUT/corpus.json. Hard",
            "macros 16-256 of 1-4 shapes (area 1,500-30,000 um^2, aspect 1/3-3), 3-8 soft-macro",
            "clusters and 1-4 ports (all four edges) per hard macro, utilisation 40-80 %%; soft",
            "macros start where the nets were drawn short. Member i depends only on --seed and i."
        },
        footer = {"", "Examples:",
            "  macroplace generate --hard-macros 40 --soft-macros 200 --ports 100 --seed 7 \\",
            "      --out designs/small",
            "  macroplace generate --corpus 24 --seed 1 --out corpus"})
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

    @Option(names = "--corpus", paramLabel = "N",
            description = "write N diverse designs (a pre-training corpus) instead of one")
    int corpus;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @Option(names = "--bookshelf", description = "also write the design as Bookshelf (OUT/netlist.aux ...)")
    boolean bookshelf;

    @Option(names = "--json", description = "print a JSON summary instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OutputPaths.checkFolder(out, "--out");
        if (spec.commandLine().getParseResult().hasMatchedOption("--corpus")) {
            return corpus();
        }
        GeneratorConfig config = DEFAULTS.withCounts(hardMacros, softMacros, ports)
                .withPins(hardMacroPins, softMacroPins)
                .withUtilisation(utilisation, DEFAULTS.aspectRatio())
                .withSeed(seed)
                .scaled(scale);
        GeneratedDesign design = DesignGenerator.generate(config);
        AtomicFiles.Batch files = AtomicFiles.batch();
        Written w = add(files, out, design);
        files.write();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("netlist", w.netlist().toString());
            m.put("plc", w.plc().toString());
            if (bookshelf) {
                m.put("bookshelf", out.resolve("netlist.aux").toString());
            }
            m.put("summary", w.summary());
            m.put("config", config);
            Json.print(o, m);
        } else {
            NetlistSummary s = w.summary();
            o.printf("wrote %s (%,d hard macros, %,d soft macros, %,d ports, %,d nets, %,d net pins)%n",
                    w.netlist(), s.hardMacros(), s.softMacros(), s.ports(), s.nets(), s.netPins());
            o.printf("wrote %s%n", w.plc());
            if (bookshelf) {
                o.printf("wrote %s (Bookshelf)%n", out.resolve("netlist.aux"));
            }
            o.flush();
        }
        return 0;
    }

    /** One member of the corpus as corpus.json lists it. */
    record Member(String name, int hardMacros, int softMacros, int ports, int nets, int netPins, double canvasWidth,
                  double canvasHeight, int columns, int rows, double utilisation, long seed) {
    }

    private Integer corpus() throws Exception {
        for (String single : new String[] {"--hard-macros", "--soft-macros", "--ports", "--hard-macro-pins",
            "--soft-macro-pins", "--utilisation", "--scale"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(single)) {
                throw new IllegalArgumentException("--corpus draws every design's settings itself; drop " + single);
            }
        }
        if (corpus < 1 || corpus > 1000) {
            throw new IllegalArgumentException("--corpus takes 1 to 1000 designs, not " + corpus);
        }
        AtomicFiles.Batch files = AtomicFiles.batch();
        List<Member> members = new ArrayList<>();
        PrintWriter o = spec.commandLine().getOut();
        List<GeneratorConfig> configs = CorpusGenerator.corpus(seed, corpus);
        for (int i = 0; i < configs.size(); i++) {
            String name = String.format(Locale.ROOT, "design-%03d", i);
            GeneratedDesign design = CorpusGenerator.design(seed, i);
            Written w = add(files, out.resolve(name), design);
            NetlistSummary s = w.summary();
            PlcHeader h = design.plc().header();
            double cw = h.width().orElseThrow();
            double ch = h.height().orElseThrow();
            members.add(new Member(name, s.hardMacros(), s.softMacros(), s.ports(), s.nets(), s.netPins(), cw, ch,
                    h.columns().orElseThrow(), h.rows().orElseThrow(), s.utilisation(cw, ch), configs.get(i).seed()));
            if (!json) {
                o.printf(Locale.ROOT, "%s: %,d hard macros, %,d soft macros, %,d ports, %,d net pins, %d x %d grid,"
                                + " utilisation %.2f%n", name, s.hardMacros(), s.softMacros(), s.ports(), s.netPins(),
                        h.columns().orElseThrow(), h.rows().orElseThrow(), s.utilisation(cw, ch));
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("seed", seed);
        index.put("designs", members);
        files.addString(out.resolve("corpus.json"), Json.write(index) + "\n");
        files.write();
        if (json) {
            Json.print(o, index);
        } else {
            o.printf("wrote %d designs and %s%n", corpus, out.resolve("corpus.json"));
            o.flush();
        }
        return 0;
    }

    private record Written(Path netlist, Path plc, NetlistSummary summary) {
    }

    /** Adds a design's files (and its Bookshelf files with --bookshelf) under dir to the batch. */
    private Written add(AtomicFiles.Batch files, Path dir, GeneratedDesign design) throws Exception {
        Path netlistFile = dir.resolve("netlist.pb.txt.gz");
        Path plcFile = dir.resolve("initial.plc");
        Netlist netlist = design.netlist();
        CtNetlistWriter.check(netlist, design.plc().placement());
        files.add(netlistFile, CtNetlistWriter.body(netlist, design.plc().placement(), netlistFile))
                .addText(plcFile, w -> PlcWriter.write(w, netlist, design.plc()))
                .addString(dir.resolve("generate.json"), Json.write(design.config()) + "\n");
        if (bookshelf) {
            BookshelfWriter.addTo(files, dir.resolve("netlist.aux"), netlist, design.plc().placement(),
                    DesignWriter.layoutFor(netlist, design.plc()));
        }
        return new Written(netlistFile, plcFile, NetlistSummary.of(netlist));
    }
}
