package io.macroplace.cli;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.cluster.ClusterCanvas;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.cluster.ClusterReport;
import io.macroplace.netlist.cluster.Clusterer;
import io.macroplace.netlist.cluster.Clustering;
import io.macroplace.netlist.cluster.MacroKinds;
import io.macroplace.netlist.format.Design;
import java.io.IOException;
import java.util.Locale;

/**
 * Designs with standard cells, as the placement commands take them: clustered into soft macros
 * first ({@link Clusterer}), under the canvas and grid of the design's settings. A design without
 * movable standard cells passes through unchanged.
 */
public final class FlatDesigns {
    private FlatDesigns() {
    }

    /**
     * A design ready to place, with its settings.
     *
     * @param clustering how it was clustered, or null when it needed no clustering
     */
    public record Prepared(Design design, CostSettings settings, Clustering clustering) {
    }

    /** True when a placement leaves some standard cell of the netlist free to move. */
    public static boolean hasMovableCells(Netlist n, Placement p) {
        for (int v : n.nodesOf(NodeKind.STDCELL)) {
            if (!p.fixed(v)) {
                return true;
            }
        }
        return false;
    }

    /** The design, clustered with {@code config} when it has movable standard cells. */
    public static Prepared prepare(Design design, CostOptions options, ClusterConfig config) throws IOException {
        if (!hasMovableCells(design.netlist(), design.plc().placement())) {
            return new Prepared(design, options.resolve(design), null);
        }
        // settings from the netlist with its library macros hard: the default grid follows hard macros
        Netlist hardened = MacroKinds.harden(design.netlist());
        Design flat = new Design(hardened, design.plc(), design.format(), design.netlistPath(), design.plcPath(),
                design.def());
        CostSettings settings = options.resolve(flat);
        Clustering c = Clusterer.cluster(hardened, design.plc().placement(), canvasOf(settings), config);
        // a DEF input keeps its DEF: the placed hard macros (same names) are written back into it
        Design clustered = new Design(c.netlist(), new PlcFile(design.plc().header(), c.placement()), design.format(),
                design.netlistPath(), design.plcPath(), design.def());
        return new Prepared(clustered, settings, c);
    }

    public static ClusterCanvas canvasOf(CostSettings s) {
        return new ClusterCanvas(s.canvasWidth(), s.canvasHeight(), s.columns(), s.rows());
    }

    /** One line for the console: what clustering made and how long it took. */
    public static String summary(ClusterReport r) {
        return String.format(Locale.ROOT, "clustered %,d standard cells into %,d soft macros (%,d of %,d nets cut) in %.1f s",
                r.cells(), r.clusters(), r.cut().nets(), r.cut().nets() + r.cut().internalNets() + r.cut().droppedNets(),
                r.times().total());
    }
}
