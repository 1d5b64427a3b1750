package io.macroplace.cli.command;

import io.macroplace.cli.Json;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.MacroLegality;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistSummary;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.def.CtGridding;
import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.graph.ConnectivityGraphs;
import io.macroplace.netlist.graph.GraphStatistics;
import io.macroplace.netlist.graph.NetModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Describe a design: counts, areas, canvas, graph statistics.",
            "",
            "Counts nodes per kind, nets and pins; reports the canvas, areas and utilisation",
            "(from the .plc header, or a DEF's die), whether the hard macros' placement is",
            "legal, and statistics of the macro/port connectivity graph (clique net model;",
            "pins collapse onto their macro). For a DEF also its components, pins and nets as",
            "the DEF counts them, and the grid and routing chosen for it."
        },
        footer = {"", "Examples:",
            "  macroplace info ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc",
            "  macroplace info ../shared/designs/ct-ariane-lefdef/ariane.def.gz \\",
            "      --lef ../shared/designs/ct-ariane-lefdef/ariane.lef"})
public final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETLIST",
            description = "Circuit Training netlist (.pb.txt or .pb.txt.gz), Bookshelf .aux or DEF (.def[.gz], "
                    + "with --lef)")
    Path netlistPath;

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "FILE", description = "placement file whose header gives canvas and grid")
    Path plcPath;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Design design = DesignReader.read(netlistPath, plcPath, lef.files);
        Netlist netlist = design.netlist();
        NetlistSummary s = NetlistSummary.of(netlist);
        Graph<Integer, DefaultWeightedEdge> graph = ConnectivityGraphs.of(netlist, NetModel.CLIQUE);
        GraphStatistics<Integer, DefaultWeightedEdge> g = new GraphStatistics<>(graph);
        PlcHeader h = design.plc().header();
        MacroLegality legality = h.width().isPresent() && h.height().isPresent()
                ? MacroLegality.of(netlist, design.plc().placement(), CostSettings.resolve(netlist, h)) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = toJson(design, s, g, h);
            if (legality != null) {
                m.put("legality", legality.json());
            }
            if (design.def() != null) {
                m.put("def", defJson(design.def()));
            }
            Json.print(out, m);
            return 0;
        }
        out.printf("design         %s%n", netlistPath);
        if (design.def() != null) {
            printDef(out, design.def());
        }
        if (design.plcPath() != null) {
            out.printf("placement      %s%n", design.plcPath());
        }
        out.printf("nodes          %,d%n", s.nodes());
        out.printf("  ports          %,9d%n", s.ports());
        out.printf("  hard macros    %,9d   pins %,d%n", s.hardMacros(), s.hardMacroPins());
        out.printf("  soft macros    %,9d   pins %,d%n", s.softMacros(), s.softMacroPins());
        out.printf("  std cells      %,9d%n", s.stdCells());
        out.printf("nets           %,d   net pins %,d   total weight %,.0f%n", s.nets(), s.netPins(), s.totalNetWeight());
        out.printf("area (µm²)     hard macros %,.1f   soft macros %,.1f   std cells %,.1f%n",
                s.hardMacroArea(), s.softMacroArea(), s.stdCellArea());
        if (h.width().isPresent() && h.height().isPresent()) {
            double w = h.width().getAsDouble();
            double ht = h.height().getAsDouble();
            out.printf("canvas         %s x %s µm   utilisation %.2f%%%n", num(w), num(ht), 100 * s.utilisation(w, ht));
        }
        if (h.columns().isPresent() && h.rows().isPresent()) {
            out.printf("grid           %d cols x %d rows%n", h.columns().getAsInt(), h.rows().getAsInt());
        }
        if (!h.blockages().isEmpty()) {
            out.printf("blockages      %d%n", h.blockages().size());
        }
        if (design.def() != null && h.routesPerMicronH().isPresent()) {
            out.printf("routing        %s / %s tracks per µm (h / v), macros take %s / %s (from the LEF layers)%n",
                    num(h.routesPerMicronH().getAsDouble()), num(h.routesPerMicronV().getAsDouble()),
                    num(h.macroRoutesH().orElse(0)), num(h.macroRoutesV().orElse(0)));
        }
        if (legality != null) {
            out.printf("placement      %s%n", legality.text());
        }
        out.printf("graph          %,d vertices, %,d edges, %,d components (largest %,d, isolated %,d)%n",
                g.vertexCount(), g.edgeCount(), g.componentCount(), g.largestComponentSize(), g.isolatedVertexCount());
        out.printf("  degree         min %d   mean %.2f   max %d%n", g.minDegree(), g.meanDegree(), g.maxDegree());
        out.printf("  weighted       min %.3f   mean %.3f   max %.3f%n",
                g.minWeightedDegree(), g.meanWeightedDegree(), g.maxWeightedDegree());
        out.flush();
        return 0;
    }

    private static String num(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "");
    }

    private static void printDef(PrintWriter out, DefDesign d) {
        for (String f : d.lef().files()) {
            out.printf("lef            %s%n", f);
        }
        out.printf("DEF            design %s, version %s, %,d units per µm%n", d.designName(), d.version(), d.dbu());
        out.printf("die            %s x %s µm%s%n", num(d.dieWidth()), num(d.dieHeight()),
                d.diePolygon() ? " (bounding box of a " + d.diePoints() + "-point polygon)" : "");
        int hard = d.hardMacroCount();
        out.printf("components     %,d   hard macros %,d   cells %,d   fixed %,d%n", d.components().size(), hard,
                d.components().size() - hard, d.fixedCount());
        out.printf("pins (I/O)     %,d%n", d.pinCount());
        out.printf("nets (DEF)     %,d   signal %,d   power/ground %,d   single-node %,d   special nets %,d%n",
                d.netCount(), d.signalNets(), d.supplyNets(), d.singlePinNets(), d.specialNets());
        d.grid().ifPresent(c -> out.printf("gridding       %d cols x %d rows chosen by CT's gridding (score %.4f, best "
                + "%.4f, %,d of %,d candidate grids pack the macros)%n", c.columns(), c.rows(), c.metric(), c.best(),
                c.feasible(), c.candidates()));
        if (d.grid().isEmpty()) {
            out.printf("gridding       no candidate grid packs the macros; the grid follows the mean macro size%n");
        }
    }

    private static Map<String, Object> defJson(DefDesign d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lef", d.lef().files());
        m.put("design", d.designName());
        m.put("version", d.version());
        m.put("units_per_micron", d.dbu());
        m.put("die_width", d.dieWidth());
        m.put("die_height", d.dieHeight());
        m.put("die_polygon_points", d.diePolygon() ? d.diePoints() : null);
        m.put("components", d.components().size());
        m.put("hard_macros", d.hardMacroCount());
        m.put("fixed_components", d.fixedCount());
        m.put("pins", d.pinCount());
        m.put("nets", d.netCount());
        m.put("signal_nets", d.signalNets());
        m.put("supply_nets", d.supplyNets());
        m.put("single_node_nets", d.singlePinNets());
        m.put("special_nets", d.specialNets());
        m.put("grid_cols", d.grid().map(CtGridding.Choice::columns).orElse(null));
        m.put("grid_rows", d.grid().map(CtGridding.Choice::rows).orElse(null));
        return m;
    }

    private Map<String, Object> toJson(Design design, NetlistSummary s, GraphStatistics<Integer, DefaultWeightedEdge> g,
                                       PlcHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("netlist", netlistPath.toString());
        m.put("plc", design.plcPath() == null ? null : design.plcPath().toString());
        m.put("format", design.format().name().toLowerCase());
        m.put("nodes", s.nodes());
        m.put("ports", s.ports());
        m.put("hard_macros", s.hardMacros());
        m.put("soft_macros", s.softMacros());
        m.put("hard_macro_pins", s.hardMacroPins());
        m.put("soft_macro_pins", s.softMacroPins());
        m.put("std_cells", s.stdCells());
        m.put("nets", s.nets());
        m.put("net_pins", s.netPins());
        m.put("total_net_weight", s.totalNetWeight());
        m.put("hard_macro_area", s.hardMacroArea());
        m.put("soft_macro_area", s.softMacroArea());
        m.put("std_cell_area", s.stdCellArea());
        if (h.width().isPresent() && h.height().isPresent()) {
            m.put("canvas_width", h.width().getAsDouble());
            m.put("canvas_height", h.height().getAsDouble());
            m.put("utilisation", s.utilisation(h.width().getAsDouble(), h.height().getAsDouble()));
        }
        h.columns().ifPresent(c -> m.put("grid_cols", c));
        h.rows().ifPresent(r -> m.put("grid_rows", r));
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("net_model", "clique");
        graph.put("vertices", g.vertexCount());
        graph.put("edges", g.edgeCount());
        graph.put("components", g.componentCount());
        graph.put("largest_component", g.largestComponentSize());
        graph.put("isolated_vertices", g.isolatedVertexCount());
        graph.put("degree_min", g.minDegree());
        graph.put("degree_mean", g.meanDegree());
        graph.put("degree_max", g.maxDegree());
        graph.put("weighted_degree_mean", g.meanWeightedDegree());
        m.put("graph", graph);
        return m;
    }
}
