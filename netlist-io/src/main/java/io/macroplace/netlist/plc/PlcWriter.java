package io.macroplace.netlist.plc;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a .plc in Circuit Training's layout: a {@code #} header with the settings the
 * {@link PlcHeader} has (grid, canvas, the cost lines in their order, block, routing resources,
 * smoothing, overlap threshold, cost weights, pin mode, blockages), the counts of node types, then one body line per
 * placeable node (ports, macros and cells; not pins) in id order. Numbers are written so that they
 * read back bit-identical; ports get orientation {@code -}.
 */
public final class PlcWriter {
    private PlcWriter() {
    }

    /** Writes atomically (a temporary file moved over the target). */
    public static void write(Path path, Netlist netlist, PlcFile plc) throws IOException {
        check(netlist, plc);
        AtomicFiles.writeText(path, w -> write(w, netlist, plc));
    }

    /** Writes the text to {@code out} (not flushed or closed). */
    public static void write(Writer out, Netlist netlist, PlcFile plc) throws IOException {
        check(netlist, plc);
        PlcHeader h = plc.header();
        out.write("# Placement file for Circuit Training\n");
        out.write("# Written by macroplace\n");
        if (h.columns().isPresent() && h.rows().isPresent()) {
            line(out, "Columns : " + h.columns().getAsInt() + "  Rows : " + h.rows().getAsInt());
        } else if (h.columns().isPresent()) {
            line(out, "Columns : " + h.columns().getAsInt());
        } else if (h.rows().isPresent()) {
            line(out, "Rows : " + h.rows().getAsInt());
        }
        if (h.width().isPresent() && h.height().isPresent()) {
            line(out, "Width : " + format(h.width().getAsDouble()) + "  Height : " + format(h.height().getAsDouble()));
        } else if (h.width().isPresent()) {
            line(out, "Width : " + format(h.width().getAsDouble()));
        } else if (h.height().isPresent()) {
            line(out, "Height : " + format(h.height().getAsDouble()));
        }
        for (Map.Entry<String, String> e : h.costs().entrySet()) {
            line(out, e.getKey() + " : " + e.getValue());
        }
        if (h.block() != null) {
            line(out, "Block : " + h.block());
        }
        if (h.routesPerMicronH().isPresent() && h.routesPerMicronV().isPresent()) {
            line(out, "Routes per micron, hor : " + format(h.routesPerMicronH().getAsDouble())
                    + "  ver : " + format(h.routesPerMicronV().getAsDouble()));
        }
        if (h.macroRoutesH().isPresent() && h.macroRoutesV().isPresent()) {
            line(out, "Routes used by macros, hor : " + format(h.macroRoutesH().getAsDouble())
                    + "  ver : " + format(h.macroRoutesV().getAsDouble()));
        }
        if (h.smoothing().isPresent()) {
            line(out, "Smoothing factor : " + format(h.smoothing().getAsDouble()));
        }
        if (h.overlapThreshold().isPresent()) {
            line(out, "Overlap threshold : " + format(h.overlapThreshold().getAsDouble()));
        }
        if (h.weights() != null) {
            line(out, "Cost weights, wirelength : " + format(h.weights().wirelength()) + "  density : "
                    + format(h.weights().density()) + "  congestion : " + format(h.weights().congestion()));
        }
        if (h.pinMode() != null) {
            line(out, "Pin mode : " + h.pinMode());
        }
        for (Blockage b : h.blockages()) {
            line(out, "Blockage : " + format(b.x0()) + " " + format(b.y0()) + " " + format(b.x1()) + " "
                    + format(b.y1()) + " " + format(b.rate()));
        }
        out.write("#\n# Counts of node types:\n");
        int hard = netlist.count(NodeKind.HARD_MACRO);
        int soft = netlist.count(NodeKind.SOFT_MACRO);
        int hardPins = netlist.count(NodeKind.HARD_MACRO_PIN);
        int softPins = netlist.count(NodeKind.SOFT_MACRO_PIN);
        count(out, "HARD_MACROs", hard);
        count(out, "HARD_MACRO_PINs", hardPins);
        count(out, "MACROs", hard + soft);
        count(out, "MACRO_PINs", hardPins + softPins);
        count(out, "PORTs", netlist.count(NodeKind.PORT));
        count(out, "SOFT_MACROs", soft);
        count(out, "SOFT_MACRO_PINs", softPins);
        count(out, "STDCELLs", netlist.count(NodeKind.STDCELL));
        out.write("#\n# node_index x y orientation fixed\n");
        Placement p = plc.placement();
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < netlist.nodeCount(); i++) {
            NodeKind k = netlist.kind(i);
            if (!k.isPlaceable()) {
                continue;
            }
            sb.setLength(0);
            sb.append(i).append(' ').append(format(p.x(i))).append(' ').append(format(p.y(i))).append(' ')
                    .append(k == NodeKind.PORT ? "-" : p.orientation(i).name()).append(' ')
                    .append(p.fixed(i) ? '1' : '0').append('\n');
            out.append(sb);
        }
    }

    private static void check(Netlist netlist, PlcFile plc) {
        Placement p = plc.placement();
        if (p.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + p.size() + " nodes, netlist " + netlist.nodeCount());
        }
        for (int i = 0; i < netlist.nodeCount(); i++) {
            if (netlist.kind(i).isPlaceable() && !(Double.isFinite(p.x(i)) && Double.isFinite(p.y(i)))) {
                throw new IllegalArgumentException("node " + i + " \"" + netlist.name(i) + "\" has no position");
            }
        }
        for (Map.Entry<String, String> e : plc.header().costs().entrySet()) {
            if (e.getKey().contains("\n") || e.getValue().contains("\n") || e.getKey().contains(":")) {
                throw new IllegalArgumentException("cost line cannot be written on one header line: " + e);
            }
        }
        if (plc.header().block() != null && plc.header().block().contains("\n")) {
            throw new IllegalArgumentException("block name spans lines");
        }
    }

    private static void line(Writer out, String text) throws IOException {
        out.write("# ");
        out.write(text);
        out.write('\n');
    }

    private static void count(Writer out, String label, int n) throws IOException {
        out.write(String.format("# %-16s:%10d\n", label, n));
    }

    /** Text that {@link Double#parseDouble} reads back bit-identical; integers without a fraction. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
