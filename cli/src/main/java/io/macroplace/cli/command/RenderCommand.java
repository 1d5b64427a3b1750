package io.macroplace.cli.command;

import io.macroplace.cli.CostOptions;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.OutputPaths;
import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Draw a placement as a PNG or SVG picture.",
            "",
            "Hard macros (with an orientation mark), soft macros, ports, blockages and the grid,",
            "optionally over a density or congestion heatmap; the title gives the proxy cost."
        },
        footer = {"", "Example:",
            "  macroplace render ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc \\",
            "      --heatmap congestion --out ariane.png"})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETLIST",
            description = "CT netlist (.pb.txt[.gz]), Bookshelf .aux or DEF (.def[.gz], with --lef)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "P", description = "placement to draw (default: the netlist's coordinates)")
    Path plcPath;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "picture to write: .png or .svg")
    Path out;

    @Option(names = "--heatmap", paramLabel = "KIND", description = "none, density or congestion (default: ${DEFAULT-VALUE})")
    String heatmap = "none";

    @Mixin
    CostOptions costOptions;

    @Override
    public Integer call() throws Exception {
        Layouts.HeatmapKind kind = Layouts.HeatmapKind.parse(heatmap);
        OutputPaths.checkFile(out, "--out");
        Design design = DesignReader.readPlaced(netlistPath, plcPath, lef.files);
        CostModel model = CostModel.of(design.netlist(), costOptions.resolve(design));
        CostBreakdown c = ProxyCost.evaluate(model, PlacementState.of(design.netlist(), design.plc().placement()));
        String subtitle = String.format(Locale.ROOT, "proxy %.4f (WL %.4f, den %.4f, cong %.4f)%s",
                c.proxy(), c.wirelength(), c.density(), c.congestion(),
                kind == Layouts.HeatmapKind.NONE ? "" : ", " + kind.name().toLowerCase(Locale.ROOT) + " heatmap");
        Layouts.write(Layouts.scene(model, design.plc().placement(), kind, Layouts.designName(netlistPath), subtitle), out);
        spec.commandLine().getOut().printf("wrote %s%n", out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
