package io.macroplace.netlist.plc;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.LineReader;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a Circuit Training placement file (.plc): header settings from its {@code #} lines and the
 * body lines {@code node_index x y orientation fixed}, checked against the netlist.
 *
 * <p>Coverage. Circuit Training's {@code restore_placement} applies whatever nodes a .plc lists and
 * leaves every other node where the netlist put it; its own test data relies on that: the
 * {@code toy_macro_stdcell} and {@code simple_with_coords} .plc files are header-only, their
 * netlists carrying the coordinates. {@link Coverage#COMPLETE} (the default) accepts that case and
 * otherwise insists that the body places every port and macro exactly once, which catches truncated
 * and mismatched files; standard cells may be left out (they keep their netlist positions), since
 * clustered flows never place them. {@link Coverage#PARTIAL} is CT's rule: any subset. Either way a
 * node listed twice, a pin, or an index out of range is an error, and so is a placeable node that
 * ends without a position (neither the body nor the netlist gives one): a header-only file for a
 * netlist without coordinates is rejected, not read as a placement of NaNs.
 */
public final class PlcReader {

    /** How much of the netlist a .plc body must place. */
    public enum Coverage {
        /** Every port and macro, or nothing at all (a header-only file); cells optional. */
        COMPLETE,
        /** Any subset, as Circuit Training's restore_placement accepts. */
        PARTIAL
    }

    private PlcReader() {
    }

    /** Reads with {@link Coverage#COMPLETE}. */
    public static PlcFile read(Path path, Netlist netlist) throws IOException {
        return read(path, netlist, Coverage.COMPLETE);
    }

    /**
     * The header and a placement covering every node id: listed nodes from the file, the others
     * (pins, cells or nodes a partial file omits) at their netlist positions, not fixed.
     */
    public static PlcFile read(Path path, Netlist netlist, Coverage coverage) throws IOException {
        String source = path.toString();
        int n = netlist.nodeCount();
        Placement base = Placement.of(netlist);
        double[] x = base.xs();
        double[] y = base.ys();
        byte[] orientation = base.orientations();
        boolean[] fixed = new boolean[n];
        int[] listedAt = new int[n]; // line that placed the node, 0 if none
        PlcHeaderParser header = new PlcHeaderParser(source);
        int lineNo = 0;
        int bodyLines = 0;
        int contentLines = 0;
        try (LineReader in = LineReader.open(path, source)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                contentLines++;
                if (t.charAt(0) == '#') {
                    header.accept(t.substring(1), lineNo);
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length != 5) {
                    throw new FormatException(source, lineNo,
                            "expected 'node_index x y orientation fixed', found " + f.length + " fields");
                }
                int node = parseIndex(f[0], n, source, lineNo);
                NodeKind kind = netlist.kind(node);
                if (!kind.isPlaceable()) {
                    throw new FormatException(source, lineNo, "node " + node + " \"" + netlist.name(node)
                            + "\" is a " + kind + "; pins follow their macro and have no .plc line");
                }
                if (listedAt[node] != 0) {
                    throw new FormatException(source, lineNo, "node " + node + " \"" + netlist.name(node)
                            + "\" is already placed at line " + listedAt[node]);
                }
                listedAt[node] = lineNo;
                x[node] = parseDouble(f[1], "x", source, lineNo);
                y[node] = parseDouble(f[2], "y", source, lineNo);
                orientation[node] = (byte) parseOrientation(f[3], kind, source, lineNo).ordinal();
                fixed[node] = parseFixed(f[4], source, lineNo);
                bodyLines++;
            }
        }
        int lastLine = Math.max(1, lineNo);
        if (contentLines == 0) {
            throw new FormatException(source, 0, "the file is empty: a .plc has placement lines, header settings, or both");
        }
        PlcHeader settings = header.header();
        if (bodyLines == 0 && settings.equals(PlcHeader.EMPTY)) {
            throw new FormatException(source, lastLine, "no placement lines and no header settings: not a .plc file?");
        }
        header.checkCounts(netlist);
        if (coverage == Coverage.COMPLETE && bodyLines > 0) {
            checkComplete(netlist, listedAt, source, lastLine);
        }
        checkPositioned(netlist, x, y, bodyLines, source, lastLine);
        return new PlcFile(settings, new Placement(x, y, orientation, fixed));
    }

    /** Only the header settings, for tools that have no netlist at hand. Body lines are not checked. */
    public static PlcHeader readHeader(Path path) throws IOException {
        String source = path.toString();
        PlcHeaderParser header = new PlcHeaderParser(source);
        int lineNo = 0;
        boolean content = false;
        try (LineReader in = LineReader.open(path, source)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                content |= !t.isEmpty();
                if (!t.isEmpty() && t.charAt(0) == '#') {
                    header.accept(t.substring(1), lineNo);
                }
            }
        }
        if (!content) {
            throw new FormatException(source, 0, "the file is empty: a .plc has placement lines, header settings, or both");
        }
        return header.header();
    }

    private static void checkComplete(Netlist netlist, int[] listedAt, String source, int lastLine)
            throws FormatException {
        int missing = 0;
        int first = -1;
        int required = 0;
        for (int i = 0; i < listedAt.length; i++) {
            NodeKind k = netlist.kind(i);
            if (k == NodeKind.PORT || k.isMacro()) {
                required++;
                if (listedAt[i] == 0) {
                    missing++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
        }
        if (missing > 0) {
            throw new FormatException(source, lastLine, "the body places " + (required - missing) + " of the "
                    + required + " ports and macros; " + missing + " missing, the first is node " + first
                    + " \"" + netlist.name(first) + "\" (" + netlist.kind(first) + ")");
        }
    }

    /**
     * Every placeable node must end with a position, from the body or from the netlist: a
     * header-only file (or one that leaves out cells) relies on the netlist's coordinates.
     */
    private static void checkPositioned(Netlist netlist, double[] x, double[] y, int bodyLines, String source,
                                        int lastLine) throws FormatException {
        int placeable = 0;
        int missing = 0;
        int first = -1;
        for (int i = 0; i < x.length; i++) {
            if (!netlist.kind(i).isPlaceable()) {
                continue;
            }
            placeable++;
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]))) {
                missing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (missing == 0) {
            return;
        }
        String which = "; the first is node " + first + " \"" + netlist.name(first) + "\" (" + netlist.kind(first) + ")";
        if (bodyLines == 0) {
            throw new FormatException(source, lastLine, "the file places no nodes (header only), and the netlist gives "
                    + "no position to " + missing + " of its " + placeable + " placeable nodes" + which);
        }
        throw new FormatException(source, lastLine, missing + " of the " + placeable + " placeable nodes are neither "
                + "placed here nor given a position by the netlist" + which);
    }

    private static int parseIndex(String text, int n, String source, int line) throws FormatException {
        int node;
        try {
            node = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new FormatException(source, line, "bad node index \"" + text + "\"");
        }
        if (node < 0 || node >= n) {
            throw new FormatException(source, line, "node index " + node + " out of range (the netlist has "
                    + n + " nodes)");
        }
        return node;
    }

    private static Orientation parseOrientation(String text, NodeKind kind, String source, int line)
            throws FormatException {
        if (text.equals("-")) {
            if (kind.isMacro()) {
                throw new FormatException(source, line, "a macro needs an orientation, found '-'");
            }
            return Orientation.N;
        }
        try {
            return Orientation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FormatException(source, line, "unknown orientation \"" + text + "\"");
        }
    }

    private static boolean parseFixed(String text, String source, int line) throws FormatException {
        return switch (text) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new FormatException(source, line, "fixed must be 0 or 1, found \"" + text + "\"");
        };
    }

    /**
     * A finite decimal number (digits, sign, point, exponent only: no NaN, hex or type suffixes;
     * not one so large that it reads as infinity, like 1e999).
     */
    static double parseDouble(String text, String what, String source, int line) throws FormatException {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                digit = false;
                break;
            }
        }
        if (digit) {
            try {
                double v = Double.parseDouble(text);
                if (Double.isFinite(v)) {
                    return v;
                }
                throw new FormatException(source, line, "number \"" + text + "\" for " + what + " is out of range");
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new FormatException(source, line, "bad number \"" + text + "\" for " + what);
    }
}
