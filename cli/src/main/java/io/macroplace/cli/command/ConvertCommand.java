package io.macroplace.cli.command;

import io.macroplace.cli.DefOutputOptions;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.OutputPaths;
import io.macroplace.netlist.def.DefWriter;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignFormat;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.format.DesignWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Convert between Circuit Training (protobuf + .plc), Bookshelf and DEF.",
            "",
            "The output format follows OUT's name (.aux is Bookshelf, .def or .def.gz DEF, anything",
            "else a CT netlist, gzipped when it ends in .gz, with its .plc beside it) unless --to",
            "says. Geometry (sizes, positions, pin offsets), node kinds and connectivity are",
            "preserved. Every port, macro and cell needs a position (from the netlist or",
            "--plc). A Bookshelf node that drives several nets gets one extra driver node per",
            "extra net in CT (at its spot, after all other nodes), since CT has one net per driver.",
            "A DEF is written only from a DEF (with its --lef files): the input DEF with its hard",
            "macros where the placement (the DEF's own, or --plc) puts them, all else unchanged."
        },
        footer = {"", "Examples:",
            "  macroplace convert designs/sample/netlist.pb.txt.gz \\",
            "      --plc designs/sample/initial.plc \\",
            "      /tmp/sample/sample.aux",
            "  macroplace convert /tmp/sample/sample.aux /tmp/back/netlist.pb.txt",
            "  macroplace convert design.def --lef tech.lef --lef cells.lef \\",
            "      /tmp/ct/netlist.pb.txt.gz"})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN",
            description = "CT netlist (.pb.txt[.gz]), Bookshelf .aux or DEF (.def[.gz], with --lef)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output netlist, .aux or .def path")
    Path out;

    @Option(names = "--plc", paramLabel = "FILE", description = "placement of a CT or DEF input (default: the netlist's coordinates)")
    Path plc;

    @Option(names = "--to", paramLabel = "FORMAT", description = "ct, bookshelf or def (default: from OUT's name)")
    String to;

    @Mixin
    LefOptions lef;

    @Mixin
    DefOutputOptions defOutput;

    @Override
    public Integer call() throws Exception {
        OutputPaths.checkFile(out, "OUT");
        DesignFormat format = to == null ? DesignFormat.of(out) : DesignFormat.parse(to);
        PrintWriter o = spec.commandLine().getOut();
        if (format == DesignFormat.DEF) {
            if (DesignFormat.of(in) != DesignFormat.DEF) {
                throw new IllegalArgumentException("a DEF is written only from a DEF input (its other sections come "
                        + "from there); " + in + " is not one");
            }
            Design design = DesignReader.read(in, plc, lef.files);
            DefWriter.Result r = DefWriter.write(out, design.def(), design.netlist(), design.plc().placement(),
                    defOutput.options());
            o.printf("wrote %s (%d of %d hard macros moved, %d component line%s changed)%n", out, r.moved(),
                    r.macros(), r.rewritten(), r.rewritten() == 1 ? "" : "s");
            o.flush();
            return 0;
        }
        Design design = DesignReader.readPlaced(in, plc, lef.files);
        DesignWriter.Written written = DesignWriter.write(design.netlist(), design.plc(), out, format);
        for (Path p : written.files()) {
            o.printf("wrote %s%n", p);
        }
        if (written.addedDrivers() > 0) {
            o.printf("added %d driver node%s (after the others): CT gives each node one net to drive%n",
                    written.addedDrivers(), written.addedDrivers() == 1 ? "" : "s");
        }
        o.flush();
        return 0;
    }
}
