package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Bookshelf design (ISPD 2005/2006, ICCAD 2004 style) named by its .aux file.
 *
 * <p>Mapping to the model: a node that a .nodes comment line {@code # macroplace: KIND NAME}
 * names ({@code hard_macro}, {@code soft_macro} or {@code stdcell}; macroplace's extension, which
 * {@link BookshelfWriter} writes and other tools skip as a comment) has that kind. Otherwise a {@code terminal} or
 * {@code terminal_NI} node of zero area is a PORT (its side is the nearest canvas edge), any other
 * terminal a fixed HARD_MACRO; a movable node named {@code Grp_...} is a SOFT_MACRO (the CT
 * convention), a movable node taller than a row a HARD_MACRO, anything else a STDCELL. Terminals
 * are fixed whatever their kind. Each net pin
 * on a macro becomes a macro pin node {@code macro/p<k>} with the pin's offset (nodes are numbered
 * in .nodes order, pins after them in .nets order); a pin on a port or standard cell is the node
 * itself (its offset is dropped). The driver of a net is its first {@code O} pin, else its first
 * pin; the net's .wts weight (1 by default) is the net weight and the driver pin's weight. Nets of
 * fewer than two pins carry no wirelength and are left out.
 *
 * <p>The canvas is the extent of the .scl rows, grown to the bounding box of the terminals where
 * they reach beyond it; the model's coordinates are relative to its lower-left corner (see
 * {@link BookshelfLayout}). .pl positions are lower-left corners (of the turned footprint for
 * E/W orientations); the model's are centres. Nodes the .pl does not place sit at the canvas centre.
 * Errors name each file by its path as the .aux path was given ({@code dir/d.aux} → {@code dir/d.nets}).
 */
public final class BookshelfReader {
    private BookshelfReader() {
    }

    public static BookshelfDesign read(Path aux) throws IOException {
        String auxName = aux.toString();
        String auxFileName = aux.getFileName().toString();
        Map<String, Path> files = new HashMap<>();
        int auxLine;
        try (BookshelfLines in = BookshelfLines.open(aux, auxName, 0)) {
            if (!in.next()) {
                throw new FormatException(auxName, 1, "empty .aux file");
            }
            auxLine = in.line();
            if (in.size() < 3 || !in.token(1).equals(":")) {
                throw in.error("expected \"RowBasedPlacement : files...\", found \"" + in.joined() + "\"");
            }
            for (int i = 2; i < in.size(); i++) {
                String f = in.token(i);
                int dot = f.lastIndexOf('.');
                String ext = dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
                // beside the .aux, named the way the .aux was given (relative stays relative)
                try {
                    files.put(ext, aux.resolveSibling(f));
                } catch (InvalidPathException e) {
                    throw in.error("\"" + f + "\" is not a file name: " + e.getReason());
                }
            }
        }
        for (String ext : new String[] {"nodes", "nets", "pl", "scl"}) {
            if (!files.containsKey(ext)) {
                throw new FormatException(auxName, auxLine, "names no ." + ext + " file");
            }
        }
        String name = auxFileName.endsWith(".aux") ? auxFileName.substring(0, auxFileName.length() - 4) : auxFileName;

        SclRows rows = SclRows.read(files.get("scl"), auxName, auxLine);
        NodeTable nodes = NodeTable.read(files.get("nodes"), auxName, auxLine);
        nodes.readPlacement(files.get("pl"), auxName, auxLine);
        Map<String, Double> weights = files.containsKey("wts")
                ? readWeights(files.get("wts"), auxName, auxLine) : Map.of();

        BookshelfLayout layout = canvas(rows, nodes);
        byte[] kinds = classify(nodes, layout.rowHeight());
        return NetsReader.read(files.get("nets"), files.get("nodes"), auxName, auxLine, name, nodes, kinds, layout, weights);
    }

    /** Rows' extent grown to the terminals' bounding box. */
    private static BookshelfLayout canvas(SclRows rows, NodeTable nodes) throws FormatException {
        double x0 = rows.minX;
        double y0 = rows.minY;
        double x1 = rows.maxX;
        double y1 = rows.maxY;
        for (int i = 0; i < nodes.count; i++) {
            if (nodes.terminal[i] != 0 && !Double.isNaN(nodes.llx[i])) {
                boolean turned = Orientation.ofOrdinal(nodes.orient[i]).swapsSides();
                double fw = turned ? nodes.h[i] : nodes.w[i];
                double fh = turned ? nodes.w[i] : nodes.h[i];
                x0 = Math.min(x0, nodes.llx[i]);
                y0 = Math.min(y0, nodes.lly[i]);
                x1 = Math.max(x1, nodes.llx[i] + fw);
                y1 = Math.max(y1, nodes.lly[i] + fh);
            }
        }
        double w = x1 - x0;
        double h = y1 - y0;
        if (!(w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h))) {
            throw new FormatException(rows.file, 0, "the rows, grown to the terminals, make a canvas of " + w + " x "
                    + h + ": it needs a finite, positive width and height");
        }
        return new BookshelfLayout(x0, y0, w, h, rows.rowHeight, rows.siteWidth);
    }

    private static byte[] classify(NodeTable nodes, double rowHeight) {
        byte[] kinds = new byte[nodes.count];
        for (int i = 0; i < nodes.count; i++) {
            NodeKind k;
            if (nodes.mark[i] >= 0) {
                k = NodeKind.ofOrdinal(nodes.mark[i]);
            } else if (nodes.terminal[i] != 0) {
                k = nodes.w[i] * nodes.h[i] == 0 ? NodeKind.PORT : NodeKind.HARD_MACRO;
            } else if (nodes.names[i].startsWith("Grp_")) {
                k = NodeKind.SOFT_MACRO;
            } else if (nodes.h[i] > rowHeight * (1 + 1e-9)) {
                k = NodeKind.HARD_MACRO;
            } else {
                k = NodeKind.STDCELL;
            }
            kinds[i] = (byte) k.ordinal();
        }
        return kinds;
    }

    private static Map<String, Double> readWeights(Path wts, String auxName, int auxLine) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        try (BookshelfLines in = BookshelfLines.open(wts, auxName, auxLine)) {
            while (in.next()) {
                if (in.size() != 2) {
                    throw in.error("expected \"net_name weight\", found \"" + in.joined() + "\"");
                }
                double w = in.number(1);
                if (w < 0) {
                    throw in.error("negative net weight " + w);
                }
                weights.put(in.token(0), w);
            }
        }
        return weights;
    }
}
