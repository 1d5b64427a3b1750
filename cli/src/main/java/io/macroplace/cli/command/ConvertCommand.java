package io.macroplace.cli.command;

import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignFormat;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.format.DesignWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Convert between Circuit Training (protobuf + .plc) and Bookshelf.",
            "",
            "The output format follows OUT's name (.aux is Bookshelf, anything else a CT",
            "netlist, gzipped when it ends in .gz, with its .plc beside it) unless --to says.",
            "Geometry (sizes, positions, pin offsets), node kinds and connectivity are",
            "preserved. Every port, macro and cell needs a position (from the netlist or",
            "--plc). A Bookshelf node that drives several nets gets one extra driver node per",
            "extra net in CT (at its spot, after all other nodes), since CT has one net per driver."
        },
        footer = {"", "Examples:",
            "  macroplace convert designs/sample/netlist.pb.txt.gz --plc designs/sample/initial.plc \\",
            "      /tmp/sample/sample.aux",
            "  macroplace convert /tmp/sample/sample.aux /tmp/back/netlist.pb.txt"})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "CT netlist (.pb.txt[.gz]) or Bookshelf .aux")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output netlist or .aux path")
    Path out;

    @Option(names = "--plc", paramLabel = "FILE", description = "placement of a CT input (default: the netlist's coordinates)")
    Path plc;

    @Option(names = "--to", paramLabel = "FORMAT", description = "ct or bookshelf (default: from OUT's name)")
    String to;

    @Override
    public Integer call() throws Exception {
        DesignFormat format = to == null ? DesignFormat.of(out) : DesignFormat.parse(to);
        Design design = DesignReader.readPlaced(in, plc);
        DesignWriter.Written written = DesignWriter.write(design.netlist(), design.plc(), out, format);
        PrintWriter o = spec.commandLine().getOut();
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
