package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Bookshelf design (ISPD 2005/2006, ICCAD 2004 style) named by its .aux file.
 *
 * <p>Mapping to the model: a {@code terminal} or {@code terminal_NI} node of zero area is a PORT
 * (its side is the nearest canvas edge), any other terminal a fixed HARD_MACRO; a movable node
 * named {@code Grp_...} is a SOFT_MACRO (the CT convention, so that clustered designs survive a
 * round trip), a movable node taller than a row a HARD_MACRO, anything else a STDCELL. Each net pin
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
 */
public final class BookshelfReader {
    private BookshelfReader() {
    }

    public static BookshelfDesign read(Path aux) throws IOException {
        String auxName = aux.getFileName().toString();
        Map<String, Path> files = new HashMap<>();
        int auxLine;
        try (BookshelfLines in = BookshelfLines.open(aux, auxName, 0)) {
            if (!in.next()) {
                throw new FormatException(auxName, 0, "empty .aux file");
            }
            auxLine = in.line();
            if (in.size() < 3 || !in.token(1).equals(":")) {
                throw in.error("expected \"RowBasedPlacement : files...\", found \"" + in.joined() + "\"");
            }
            Path dir = aux.toAbsolutePath().getParent();
            for (int i = 2; i < in.size(); i++) {
                String f = in.token(i);
                int dot = f.lastIndexOf('.');
                String ext = dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
                files.put(ext, dir.resolve(f));
            }
        }
        for (String ext : new String[] {"nodes", "nets", "pl", "scl"}) {
            if (!files.containsKey(ext)) {
                throw new FormatException(auxName, auxLine, "names no ." + ext + " file");
            }
        }
        String name = auxName.endsWith(".aux") ? auxName.substring(0, auxName.length() - 4) : auxName;

        SclRows rows = SclRows.read(files.get("scl"), auxName, auxLine);
        NodeTable nodes = NodeTable.read(files.get("nodes"), auxName, auxLine);
        nodes.readPlacement(files.get("pl"), auxName, auxLine);
        Map<String, Double> weights = files.containsKey("wts")
                ? readWeights(files.get("wts"), auxName, auxLine) : Map.of();

        BookshelfLayout layout = canvas(rows, nodes);
        byte[] kinds = classify(nodes, layout.rowHeight());
        return NetsReader.read(files.get("nets"), auxName, auxLine, name, nodes, kinds, layout, weights);
    }

    /** Rows' extent grown to the terminals' bounding box. */
    private static BookshelfLayout canvas(SclRows rows, NodeTable nodes) {
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
        return new BookshelfLayout(x0, y0, x1 - x0, y1 - y0, rows.rowHeight, rows.siteWidth);
    }

    private static byte[] classify(NodeTable nodes, double rowHeight) {
        byte[] kinds = new byte[nodes.count];
        for (int i = 0; i < nodes.count; i++) {
            NodeKind k;
            if (nodes.terminal[i] != 0) {
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

    /** The rows of a .scl file: their extent, and the first row's height and site width. */
    static final class SclRows {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double rowHeight = Double.NaN;
        double siteWidth = Double.NaN;
        int count;

        static SclRows read(Path scl, String auxName, int auxLine) throws IOException {
            SclRows r = new SclRows();
            int declared = -1;
            int declaredAt = 0;
            try (BookshelfLines in = BookshelfLines.open(scl, auxName, auxLine)) {
                double y = Double.NaN;
                double h = Double.NaN;
                double sw = Double.NaN;
                double spacing = Double.NaN;
                double x = Double.NaN;
                int sites = -1;
                int rowStart = 0;
                boolean inRow = false;
                while (in.next()) {
                    String first = in.token(0);
                    if (!inRow && first.equalsIgnoreCase("NumRows")) {
                        in.keyValue("NumRows");
                        declared = in.integer(2);
                        declaredAt = in.line();
                    } else if (!inRow && first.equalsIgnoreCase("CoreRow")) {
                        inRow = true;
                        rowStart = in.line();
                        y = h = sw = spacing = x = Double.NaN;
                        sites = -1;
                    } else if (inRow && first.equalsIgnoreCase("End")) {
                        if (Double.isNaN(y) || Double.isNaN(h) || Double.isNaN(x) || sites < 0) {
                            throw new FormatException(in.file(), rowStart,
                                    "row lacks Coordinate, Height, SubrowOrigin or NumSites");
                        }
                        double step = !Double.isNaN(spacing) ? spacing : Double.isNaN(sw) ? 1 : sw;
                        r.minX = Math.min(r.minX, x);
                        r.maxX = Math.max(r.maxX, x + sites * step);
                        r.minY = Math.min(r.minY, y);
                        r.maxY = Math.max(r.maxY, y + h);
                        if (r.count == 0) {
                            r.rowHeight = h;
                            r.siteWidth = Double.isNaN(sw) ? step : sw;
                        }
                        r.count++;
                        inRow = false;
                    } else if (inRow) {
                        // KEY : value pairs, possibly two on a line (SubrowOrigin : x NumSites : n)
                        for (int i = 0; i < in.size(); i += 3) {
                            if (i + 2 >= in.size() || !in.token(i + 1).equals(":")) {
                                throw in.error("expected \"Key : value\" in a row, found \"" + in.joined() + "\"");
                            }
                            String key = in.token(i).toLowerCase(Locale.ROOT);
                            switch (key) {
                                case "coordinate" -> y = in.number(i + 2);
                                case "height" -> h = in.number(i + 2);
                                case "sitewidth" -> sw = in.number(i + 2);
                                case "sitespacing" -> spacing = in.number(i + 2);
                                case "subroworigin" -> x = in.number(i + 2);
                                case "numsites" -> sites = in.integer(i + 2);
                                default -> {
                                    // Siteorient, Sitesymmetry: not needed
                                }
                            }
                        }
                    } else {
                        throw in.error("expected NumRows or CoreRow, found \"" + in.joined() + "\"");
                    }
                }
                if (inRow) {
                    throw new FormatException(in.file(), rowStart, "row has no End");
                }
                if (declared >= 0 && declared != r.count) {
                    throw new FormatException(in.file(), declaredAt, "NumRows says " + declared + ", file has " + r.count);
                }
                if (r.count == 0) {
                    throw new FormatException(in.file(), 0, "no rows");
                }
                if (!(r.rowHeight > 0)) {
                    throw new FormatException(in.file(), 0, "row height must be positive");
                }
            }
            return r;
        }
    }

    /** .nodes and .pl content, in .nodes order. */
    static final class NodeTable {
        int count;
        String[] names = new String[1024];
        double[] w = new double[1024];
        double[] h = new double[1024];
        byte[] terminal = new byte[1024]; // 0 movable, 1 terminal, 2 terminal_NI
        int[] line = new int[1024];
        double[] llx;
        double[] lly;
        byte[] orient;
        boolean[] fixed;
        final Map<String, Integer> index = new HashMap<>();

        static NodeTable read(Path file, String auxName, int auxLine) throws IOException {
            NodeTable t = new NodeTable();
            int numNodes = -1;
            int numNodesAt = 0;
            int numTerminals = -1;
            int numTerminalsAt = 0;
            int terminals = 0;
            try (BookshelfLines in = BookshelfLines.open(file, auxName, auxLine)) {
                while (in.next()) {
                    if (in.size() >= 2 && in.token(1).equals(":") && in.token(0).equalsIgnoreCase("NumNodes")) {
                        numNodes = Integer.parseInt(checkedCount(in, "NumNodes"));
                        numNodesAt = in.line();
                        continue;
                    }
                    if (in.size() >= 2 && in.token(1).equals(":") && in.token(0).equalsIgnoreCase("NumTerminals")) {
                        numTerminals = Integer.parseInt(checkedCount(in, "NumTerminals"));
                        numTerminalsAt = in.line();
                        continue;
                    }
                    if (in.size() < 3 || in.size() > 4) {
                        throw in.error("expected \"name width height [terminal|terminal_NI]\", found \"" + in.joined() + "\"");
                    }
                    String name = in.token(0);
                    double w = in.number(1);
                    double h = in.number(2);
                    if (w < 0 || h < 0) {
                        throw in.error("node \"" + name + "\" has a negative size");
                    }
                    byte term = 0;
                    if (in.size() == 4) {
                        String kind = in.token(3);
                        if (kind.equalsIgnoreCase("terminal")) {
                            term = 1;
                        } else if (kind.equalsIgnoreCase("terminal_NI")) {
                            term = 2;
                        } else {
                            throw in.error("unknown node type \"" + kind + "\" (expected terminal or terminal_NI)");
                        }
                        terminals++;
                    }
                    Integer previous = t.index.putIfAbsent(name, t.count);
                    if (previous != null) {
                        throw in.error("duplicate node \"" + name + "\" (first at line " + t.line[previous] + ")");
                    }
                    t.add(name, w, h, term, in.line());
                }
                if (numNodes >= 0 && numNodes != t.count) {
                    throw new FormatException(in.file(), numNodesAt, "NumNodes says " + numNodes + ", file has " + t.count);
                }
                if (numTerminals >= 0 && numTerminals != terminals) {
                    throw new FormatException(in.file(), numTerminalsAt,
                            "NumTerminals says " + numTerminals + ", file has " + terminals);
                }
            }
            return t;
        }

        private static String checkedCount(BookshelfLines in, String key) throws FormatException {
            in.keyValue(key);
            return Integer.toString(in.integer(2));
        }

        private void add(String name, double width, double height, byte term, int srcLine) {
            if (count == names.length) {
                int cap = count * 2;
                names = Arrays.copyOf(names, cap);
                w = Arrays.copyOf(w, cap);
                h = Arrays.copyOf(h, cap);
                terminal = Arrays.copyOf(terminal, cap);
                line = Arrays.copyOf(line, cap);
            }
            names[count] = name;
            w[count] = width;
            h[count] = height;
            terminal[count] = term;
            line[count] = srcLine;
            count++;
        }

        void readPlacement(Path pl, String auxName, int auxLine) throws IOException {
            llx = new double[count];
            lly = new double[count];
            orient = new byte[count];
            fixed = new boolean[count];
            Arrays.fill(llx, Double.NaN);
            Arrays.fill(lly, Double.NaN);
            for (int i = 0; i < count; i++) {
                fixed[i] = terminal[i] != 0;
            }
            try (BookshelfLines in = BookshelfLines.open(pl, auxName, auxLine)) {
                while (in.next()) {
                    if (in.size() < 3) {
                        throw in.error("expected \"name x y : orientation [/FIXED]\", found \"" + in.joined() + "\"");
                    }
                    Integer id = index.get(in.token(0));
                    if (id == null) {
                        throw in.error("unknown node \"" + in.token(0) + "\"");
                    }
                    llx[id] = in.number(1);
                    lly[id] = in.number(2);
                    int i = 3;
                    if (i < in.size() && in.token(i).equals(":")) {
                        if (i + 1 >= in.size()) {
                            throw in.error("orientation missing after \":\"");
                        }
                        try {
                            orient[id] = (byte) Orientation.parse(in.token(i + 1)).ordinal();
                        } catch (IllegalArgumentException e) {
                            throw in.error("unknown orientation \"" + in.token(i + 1) + "\"");
                        }
                        i += 2;
                    }
                    if (i < in.size()) {
                        String flag = in.token(i);
                        if (!flag.equalsIgnoreCase("/FIXED") && !flag.equalsIgnoreCase("/FIXED_NI") || i + 1 < in.size()) {
                            throw in.error("unexpected \"" + flag + "\" after the position (expected /FIXED or /FIXED_NI)");
                        }
                        fixed[id] = true;
                    }
                }
            }
        }
    }
}
