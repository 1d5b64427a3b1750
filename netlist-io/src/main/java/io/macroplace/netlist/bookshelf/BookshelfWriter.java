package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Writes a netlist and placement as a Bookshelf design: {@code base.aux} names {@code base.nodes,
 * .nets, .wts, .pl, .scl} in the same folder; each file is written atomically, the .aux last.
 *
 * <p>Ports become zero-size terminals, fixed hard macros terminals, everything else (movable hard
 * macros, soft macros, standard cells) movable nodes, {@code /FIXED} in the .pl when the placement
 * fixes them. Macro pins are written as net pins on their macro with their offsets from its centre
 * (orientation N, as the netlist holds them); the driver is the {@code O} pin. Nets are named
 * {@code n<i>}; weights other than 1 go to the .wts. The .scl has rows covering the canvas exactly:
 * full rows of the layout's row height, a thinner top row for any remainder, and the site width
 * adjusted slightly when it does not divide the canvas width.
 *
 * <p>{@link BookshelfReader} reads the result back with the same geometry and nets, with two
 * limits: a movable hard macro no taller than a row comes back as a standard cell, and macro pins
 * come back one per net pin (a pin on several nets is split; an unconnected one disappears).
 */
public final class BookshelfWriter {
    private BookshelfWriter() {
    }

    public static void write(Path aux, Netlist netlist, Placement placement, BookshelfLayout layout) throws IOException {
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " nodes, netlist " + netlist.nodeCount());
        }
        String auxName = aux.getFileName().toString();
        String base = auxName.endsWith(".aux") ? auxName.substring(0, auxName.length() - 4) : auxName;
        Path dir = aux.toAbsolutePath().getParent();
        AtomicFiles.writeText(dir.resolve(base + ".nodes"), w -> writeNodes(w, netlist, placement));
        AtomicFiles.writeText(dir.resolve(base + ".nets"), w -> writeNets(w, netlist));
        AtomicFiles.writeText(dir.resolve(base + ".wts"), w -> writeWeights(w, netlist));
        AtomicFiles.writeText(dir.resolve(base + ".pl"), w -> writePlacement(w, netlist, placement, layout));
        AtomicFiles.writeText(dir.resolve(base + ".scl"), w -> writeRows(w, layout));
        AtomicFiles.writeString(aux, "RowBasedPlacement : " + base + ".nodes " + base + ".nets " + base + ".wts "
                + base + ".pl " + base + ".scl\n");
    }

    private static boolean isTerminal(Netlist n, Placement p, int node) {
        NodeKind k = n.kind(node);
        return k == NodeKind.PORT || k == NodeKind.HARD_MACRO && p.fixed(node);
    }

    private static void writeNodes(Writer w, Netlist n, Placement p) throws IOException {
        int nodes = 0;
        int terminals = 0;
        for (int i = 0; i < n.nodeCount(); i++) {
            if (!n.kind(i).isPin()) {
                nodes++;
                terminals += isTerminal(n, p, i) ? 1 : 0;
            }
        }
        w.write("UCLA nodes 1.0\n# written by macroplace\n\n");
        w.write("NumNodes : " + nodes + "\nNumTerminals : " + terminals + "\n");
        for (int i = 0; i < n.nodeCount(); i++) {
            NodeKind k = n.kind(i);
            if (k.isPin()) {
                continue;
            }
            w.write('\t');
            w.write(n.name(i));
            w.write('\t');
            w.write(k == NodeKind.PORT ? "0\t0" : num(n.width(i)) + "\t" + num(n.height(i)));
            w.write(isTerminal(n, p, i) ? "\tterminal\n" : "\n");
        }
    }

    private static void writeNets(Writer w, Netlist n) throws IOException {
        w.write("UCLA nets 1.0\n# written by macroplace\n\n");
        w.write("NumNets : " + n.netCount() + "\nNumPins : " + n.netPinCount() + "\n");
        for (int e = 0; e < n.netCount(); e++) {
            w.write("NetDegree : " + n.netSize(e) + "\tn" + e + "\n");
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int pin = n.netPin(i);
                boolean onMacro = n.kind(pin).isPin();
                w.write('\t');
                w.write(n.name(onMacro ? n.pinMacro(pin) : pin));
                w.write(i == n.netStart(e) ? "\tO : " : "\tI : ");
                w.write(onMacro ? num(n.pinOffsetX(pin)) + "\t" + num(n.pinOffsetY(pin)) + "\n" : "0\t0\n");
            }
        }
    }

    private static void writeWeights(Writer w, Netlist n) throws IOException {
        w.write("UCLA wts 1.0\n# written by macroplace: weights of nets other than 1\n\n");
        for (int e = 0; e < n.netCount(); e++) {
            if (n.netWeight(e) != 1.0) {
                w.write("n" + e + "\t" + num(n.netWeight(e)) + "\n");
            }
        }
    }

    private static void writePlacement(Writer w, Netlist n, Placement p, BookshelfLayout layout) throws IOException {
        w.write("UCLA pl 1.0\n# written by macroplace: lower-left corners\n\n");
        for (int i = 0; i < n.nodeCount(); i++) {
            if (n.kind(i).isPin()) {
                continue;
            }
            Orientation o = p.orientation(i);
            boolean turned = o.swapsSides();
            double fw = turned ? n.height(i) : n.width(i);
            double fh = turned ? n.width(i) : n.height(i);
            double x = p.x(i) - fw / 2 + layout.originX();
            double y = p.y(i) - fh / 2 + layout.originY();
            w.write(n.name(i) + "\t" + num(x) + "\t" + num(y) + "\t: " + o
                    + (p.fixed(i) || n.kind(i) == NodeKind.PORT ? " /FIXED\n" : "\n"));
        }
    }

    private static void writeRows(Writer w, BookshelfLayout l) throws IOException {
        // full rows of the layout's height, and a thinner top row for any remainder, so that the
        // rows' extent is the canvas and a reader finds the same canvas and row height
        int full = (int) Math.floor(l.height() / l.rowHeight() + 1e-9);
        double rest = l.height() - full * l.rowHeight();
        boolean partial = rest > 1e-9 * Math.max(1, l.height());
        if (full == 0) {
            full = 1; // canvas lower than one row: one row of the canvas's height
            partial = false;
        }
        double firstHeight = Math.min(l.rowHeight(), l.height());
        int sites = (int) Math.max(1, Math.round(l.width() / l.siteWidth()));
        double siteWidth = fits(sites, l.siteWidth(), l.width()) ? l.siteWidth() : l.width() / sites;
        int rows = full + (partial ? 1 : 0);
        w.write("UCLA scl 1.0\n# written by macroplace: rows covering the canvas\n\n");
        w.write("NumRows : " + rows + "\n\n");
        for (int r = 0; r < rows; r++) {
            double y = l.originY() + r * firstHeight;
            double h = r < full ? firstHeight : l.originY() + l.height() - y;
            w.write("CoreRow Horizontal\n");
            w.write("  Coordinate    : " + num(y) + "\n");
            w.write("  Height        : " + num(h) + "\n");
            w.write("  Sitewidth     : " + num(siteWidth) + "\n");
            w.write("  Sitespacing   : " + num(siteWidth) + "\n");
            w.write("  Siteorient    : 1\n  Sitesymmetry  : 1\n");
            w.write("  SubrowOrigin  : " + num(l.originX()) + "\tNumSites : " + sites + "\n");
            w.write("End\n");
        }
    }

    private static boolean fits(int count, double step, double extent) {
        return Math.abs(count * step - extent) <= 1e-12 * Math.max(1, extent);
    }

    /** Shortest decimal that reads back as the same double, never in E notation. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(v).toPlainString();
    }
}
