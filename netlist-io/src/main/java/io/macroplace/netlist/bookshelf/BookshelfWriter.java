package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

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
 * <p>Node kinds (macroplace's extension; to other tools a comment line): the .nodes line of every
 * macro, and of a standard cell taller than a row, follows a comment line
 * {@code # macroplace: hard_macro NAME} ({@code soft_macro}, {@code stdcell}), so that the reader
 * gives each node back its kind where Bookshelf's own conventions (terminals, row height, CT's
 * {@code Grp_} names) would guess another. Whole comment lines, not trailing comments: readers
 * such as MaskPlace's look at the last token of a node line for {@code terminal}.
 *
 * <p>{@link BookshelfReader} reads the result back with the same node kinds, geometry and nets,
 * with one limit: macro pins come back one per net pin (a pin on several nets is split; an
 * unconnected one disappears).
 *
 * <p>What Bookshelf cannot say is refused before anything is written ({@link #check}): a node
 * without a position, and a name that is not a single token (Bookshelf has no quoting).
 */
public final class BookshelfWriter {
    /** A .nodes comment line {@code # macroplace: KIND NAME} gives a node's kind. */
    static final String KIND_PREFIX = "macroplace:";
    /** The KIND words of those comments. */
    static final Map<NodeKind, String> KIND_MARKS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            NodeKind.HARD_MACRO, "hard_macro", NodeKind.SOFT_MACRO, "soft_macro", NodeKind.STDCELL, "stdcell")));

    private BookshelfWriter() {
    }

    /** Writes the six files together (see {@link AtomicFiles.Batch}), after {@link #check}. */
    public static void write(Path aux, Netlist netlist, Placement placement, BookshelfLayout layout) throws IOException {
        addTo(AtomicFiles.batch(), aux, netlist, placement, layout).write();
    }

    /**
     * {@link #check}s the design, then adds its six files to a batch (the .aux last), for callers
     * that write other files with them.
     */
    public static AtomicFiles.Batch addTo(AtomicFiles.Batch batch, Path aux, Netlist netlist, Placement placement,
                                          BookshelfLayout layout) throws FormatException {
        check(netlist, placement);
        String auxName = aux.getFileName().toString();
        String base = auxName.endsWith(".aux") ? auxName.substring(0, auxName.length() - 4) : auxName;
        checkRows(aux.resolveSibling(base + ".scl").toString(), layout);
        return batch
                .addText(aux.resolveSibling(base + ".nodes"), w -> writeNodes(w, netlist, placement, layout))
                .addText(aux.resolveSibling(base + ".nets"), w -> writeNets(w, netlist))
                .addText(aux.resolveSibling(base + ".wts"), w -> writeWeights(w, netlist))
                .addText(aux.resolveSibling(base + ".pl"), w -> writePlacement(w, netlist, placement, layout))
                .addText(aux.resolveSibling(base + ".scl"), w -> writeRows(w, layout))
                .addString(aux, "RowBasedPlacement : " + base + ".nodes " + base + ".nets " + base + ".wts "
                        + base + ".pl " + base + ".scl\n");
    }

    /**
     * Whether a design can be written as Bookshelf: every node but the macro pins needs a finite
     * position and a name that reads back as one token. Problems are reported at the node's line
     * in the netlist's source.
     *
     * @throws IllegalArgumentException when the placement does not match the netlist
     */
    public static void check(Netlist netlist, Placement placement) throws FormatException {
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " nodes, netlist " + netlist.nodeCount());
        }
        for (int i = 0; i < netlist.nodeCount(); i++) {
            if (netlist.kind(i).isPin()) {
                continue;
            }
            String why = nameProblem(netlist.name(i));
            if (why != null) {
                throw new FormatException(netlist.source(), netlist.line(i), "node name \"" + netlist.name(i)
                        + "\" cannot be written to Bookshelf: " + why);
            }
            if (!(Double.isFinite(placement.x(i)) && Double.isFinite(placement.y(i)))) {
                throw new FormatException(netlist.source(), netlist.line(i), "node \"" + netlist.name(i) + "\" ("
                        + netlist.kind(i) + ") has no position, and a Bookshelf .pl needs one for every node");
            }
        }
    }

    /** Most rows a written .scl may have: a million rows of 1.4 µm is a 1.4 mm canvas of std-cell rows. */
    static final int MAX_ROWS = 1_000_000;

    /**
     * Whether rows covering the canvas can be written: at most {@link #MAX_ROWS} of the layout's row
     * height, and at most {@link Integer#MAX_VALUE} sites in a row.
     */
    static void checkRows(String scl, BookshelfLayout l) throws FormatException {
        double rows = Math.floor(l.height() / l.rowHeight()) + 1;
        if (rows > MAX_ROWS) {
            throw new FormatException(scl, 0, String.format("a canvas %s high in rows of %s needs %.3g rows, "
                    + "more than the %,d a .scl is written with", num(l.height()), num(l.rowHeight()), rows, MAX_ROWS));
        }
        double sites = Math.round(l.width() / l.siteWidth());
        if (sites > Integer.MAX_VALUE) {
            throw new FormatException(scl, 0, String.format("a canvas %s wide in sites of %s needs %.3g sites per "
                    + "row, more than a .scl count holds", num(l.width()), num(l.siteWidth()), sites));
        }
    }

    /** Why a name is not one Bookshelf token, or null when it is. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.equals("UCLA")) {
            return "readers skip lines that start with UCLA as format headers";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "names are single tokens, without spaces or control characters";
            }
            if (c == ':' || c == '#') {
                return "'" + c + "' has a meaning of its own in Bookshelf files";
            }
        }
        return null;
    }

    private static boolean isTerminal(Netlist n, Placement p, int node) {
        NodeKind k = n.kind(node);
        return k == NodeKind.PORT || k == NodeKind.HARD_MACRO && p.fixed(node);
    }

    private static void writeNodes(Writer w, Netlist n, Placement p, BookshelfLayout layout) throws IOException {
        // the reader's row height is the first row's, which writeRows makes at most the canvas height
        double row = Math.min(layout.rowHeight(), layout.height()) * (1 + 1e-9);
        int nodes = 0;
        int terminals = 0;
        for (int i = 0; i < n.nodeCount(); i++) {
            if (!n.kind(i).isPin()) {
                nodes++;
                terminals += isTerminal(n, p, i) ? 1 : 0;
            }
        }
        w.write("UCLA nodes 1.0\n# written by macroplace; a comment \"" + KIND_PREFIX + " KIND NAME\" gives a node's kind\n\n");
        w.write("NumNodes : " + nodes + "\nNumTerminals : " + terminals + "\n");
        for (int i = 0; i < n.nodeCount(); i++) {
            NodeKind k = n.kind(i);
            if (k.isPin()) {
                continue;
            }
            if (k.isMacro() || k == NodeKind.STDCELL && n.height(i) > row) {
                w.write("# " + KIND_PREFIX + " " + KIND_MARKS.get(k) + " " + n.name(i) + "\n");
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
