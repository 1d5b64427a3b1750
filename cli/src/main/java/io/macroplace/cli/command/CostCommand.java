package io.macroplace.cli.command;

import io.macroplace.cli.CostOptions;
import io.macroplace.cli.Json;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.MacroLegality;
import io.macroplace.cli.SettingsJson;
import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score a placement with the Circuit Training proxy cost.",
            "",
            "  proxy = 1.0 * wirelength + 0.5 * density + 0.5 * congestion",
            "",
            "Settings come from the .plc header, then the options below, then CT's defaults."
        },
        footer = {"", "Example:",
            "  macroplace cost ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc --json"})
public final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETLIST",
            description = "CT netlist (.pb.txt[.gz]), Bookshelf .aux or DEF (.def[.gz], with --lef)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "FILE", description = "placement to score (default: the netlist's coordinates)")
    Path plcPath;

    @Option(names = "--json", description = "print one JSON object with the costs and the settings used")
    boolean json;

    @Mixin
    CostOptions costOptions;

    @Override
    public Integer call() throws Exception {
        Design design = DesignReader.readPlaced(netlistPath, plcPath, lef.files);
        CostSettings settings = costOptions.resolve(design);
        CostModel model = CostModel.of(design.netlist(), settings);
        CostBreakdown c = ProxyCost.evaluate(model, PlacementState.of(design.netlist(), design.plc().placement()));
        MacroLegality legality = MacroLegality.of(design.netlist(), design.plc().placement(), settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>(SettingsJson.costs(c));
            m.put("settings", SettingsJson.settings(settings));
            m.put("legality", legality.json());
            Json.print(out, m);
            return 0;
        }
        out.printf("hpwl             %.6f%n", c.hpwl());
        out.printf("wirelength_cost  %.10f%n", c.wirelength());
        out.printf("density_cost     %.10f%n", c.density());
        out.printf("congestion_cost  %.10f%n", c.congestion());
        out.printf("proxy_cost       %.10f   (weights %s / %s / %s)%n", c.proxy(),
                settings.wirelengthWeight(), settings.densityWeight(), settings.congestionWeight());
        out.printf("settings         canvas %s x %s, grid %d x %d, routes %s / %s, macro routes %s / %s, smoothing %d, pins %s%n",
                settings.canvasWidth(), settings.canvasHeight(), settings.columns(), settings.rows(),
                settings.routesPerMicronH(), settings.routesPerMicronV(), settings.macroRoutesH(), settings.macroRoutesV(),
                settings.smoothingRange(), settings.pinMode().name().toLowerCase());
        out.printf("placement        %s%n", legality.text());
        out.flush();
        return 0;
    }
}
