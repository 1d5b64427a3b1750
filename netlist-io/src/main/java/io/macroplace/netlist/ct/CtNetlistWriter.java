package io.macroplace.netlist.ct;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a netlist in Circuit Training's protobuf text layout, with positions taken from a
 * {@link Placement}, so that a placed design is saved with its new coordinates.
 *
 * <p>Layout as CT writes it: {@code __metadata__} first (if any), then every node in id order with
 * its name, the {@code input:} lines of the net it drives, and its attributes in alphabetical order.
 * Soft macros are typed {@code macro} and their pins {@code macro_pin} (lower case, as CT does), so
 * they read back soft. Absent values (NaN positions) are left out.
 *
 * <p>Pin {@code x}/{@code y}: CT ignores them on reading (it places pins from their macro), so they
 * are informational. While a pin's macro stands where the netlist put it they are written as read,
 * which keeps read→write→read exact; once the placement moves or turns the macro they are
 * recomputed as the macro centre plus the offset turned to the macro's orientation.
 */
public final class CtNetlistWriter {
    private CtNetlistWriter() {
    }

    /** Writes atomically; gzipped when the file name ends in {@code .gz}. */
    public static void write(Netlist netlist, Placement placement, Path path) throws IOException {
        check(netlist, placement);
        AtomicFiles.write(path, body(netlist, placement, path));
    }

    /** The file's content for an {@link AtomicFiles.Batch}: gzipped when the name ends in {@code .gz}. */
    public static AtomicFiles.StreamBody body(Netlist netlist, Placement placement, Path path) {
        boolean gzip = path.getFileName().toString().endsWith(".gz");
        return out -> {
            GZIPOutputStream gz = gzip ? new GZIPOutputStream(out, 1 << 16) : null;
            Writer w = new BufferedWriter(new OutputStreamWriter(gzip ? gz : out, StandardCharsets.UTF_8), 1 << 16);
            write(netlist, placement, w);
            w.flush();
            if (gz != null) {
                gz.finish();
            }
        };
    }

    /** Writes the text to {@code out} (not flushed or closed). */
    public static void write(Netlist netlist, Placement placement, Writer out) throws IOException {
        check(netlist, placement);
        if (!netlist.metadata().isEmpty()) {
            out.write("node {\n  name: \"__metadata__\"\n");
            for (Map.Entry<String, String> e : netlist.metadata().entrySet()) {
                if (looksNumeric(e.getValue())) {
                    numberAttr(out, e.getKey(), e.getValue());
                } else {
                    stringAttr(out, e.getKey(), e.getValue());
                }
            }
            out.write("}\n");
        }
        for (int i = 0; i < netlist.nodeCount(); i++) {
            writeNode(out, netlist, placement, i);
        }
    }

    /**
     * Whether the netlist can be written as CT protobuf text and read back the same: no hard macro
     * named {@code Grp_...} (CT reads those soft), no node named {@code __metadata__}, and one net
     * per driver with the weight its driver gives ({@link DriverSplit} makes any netlist so).
     * Node problems are reported at the node's line in the netlist's source.
     *
     * @throws IllegalArgumentException when the placement does not match, or a driver drives more
     *         than one net or a net weighs other than its driver (use {@link DriverSplit#apply} first)
     */
    public static void check(Netlist netlist, Placement placement) throws FormatException {
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " nodes, netlist "
                    + netlist.nodeCount());
        }
        for (int i = 0; i < netlist.nodeCount(); i++) {
            if (netlist.kind(i) == NodeKind.HARD_MACRO && netlist.name(i).startsWith("Grp_")) {
                // the Grp_ rule would read it back as a soft macro
                throw new FormatException(netlist.source(), netlist.line(i), "hard macro \"" + netlist.name(i)
                        + "\" cannot be written as Circuit Training: CT reads names starting with Grp_ as soft macros");
            }
            if (netlist.name(i).equals(CtNode.METADATA)) {
                throw new FormatException(netlist.source(), netlist.line(i), "a node named " + CtNode.METADATA
                        + " cannot be written as Circuit Training: CT reads it as the settings node");
            }
        }
        int e = DriverSplit.firstProblem(netlist);
        if (e >= 0) {
            int d = netlist.netDriver(e);
            throw new IllegalArgumentException("net " + e + " cannot be written as a .pb.txt: its driver \""
                    + netlist.name(d) + "\" drives another net or weighs other than the net (DriverSplit.apply first)");
        }
    }

    private static void writeNode(Writer out, Netlist n, Placement p, int i) throws IOException {
        out.write("node {\n  name: ");
        quote(out, n.name(i));
        out.write('\n');
        int net = n.netOfDriver(i);
        if (net >= 0) {
            for (int k = n.netStart(net) + 1; k < n.netEnd(net); k++) {
                out.write("  input: ");
                quote(out, n.name(n.netPin(k)));
                out.write('\n');
            }
        }
        NodeKind kind = n.kind(i);
        switch (kind) {
            case PORT -> {
                if (n.side(i) != PortSide.NONE) {
                    stringAttr(out, "side", n.side(i).name());
                }
                stringAttr(out, "type", "PORT");
                weight(out, n, i);
                optionalNumber(out, "x", p.x(i));
                optionalNumber(out, "y", p.y(i));
            }
            case HARD_MACRO, SOFT_MACRO -> {
                numberAttr(out, "height", n.height(i));
                if (kind == NodeKind.HARD_MACRO || p.orientation(i) != Orientation.N) {
                    stringAttr(out, "orientation", p.orientation(i).name());
                }
                if (n.refName(i) != null) {
                    stringAttr(out, "ref_name", n.refName(i));
                }
                stringAttr(out, "type", kind == NodeKind.HARD_MACRO ? "MACRO" : "macro");
                weight(out, n, i);
                numberAttr(out, "width", n.width(i));
                optionalNumber(out, "x", p.x(i));
                optionalNumber(out, "y", p.y(i));
            }
            case HARD_MACRO_PIN, SOFT_MACRO_PIN -> {
                int m = n.pinMacro(i);
                double dx = n.pinOffsetX(i);
                double dy = n.pinOffsetY(i);
                double px;
                double py;
                if (standsAsInNetlist(n, p, m)) {
                    px = n.x(i);
                    py = n.y(i);
                } else {
                    Orientation o = p.orientation(m);
                    px = p.x(m) + o.rotateX(dx, dy);
                    py = p.y(m) + o.rotateY(dx, dy);
                }
                stringAttr(out, "macro_name", n.name(m));
                stringAttr(out, "type", kind == NodeKind.HARD_MACRO_PIN ? "MACRO_PIN" : "macro_pin");
                weight(out, n, i);
                optionalNumber(out, "x", px);
                numberAttr(out, "x_offset", dx);
                optionalNumber(out, "y", py);
                numberAttr(out, "y_offset", dy);
            }
            case STDCELL -> {
                numberAttr(out, "height", n.height(i));
                if (n.refName(i) != null) {
                    stringAttr(out, "ref_name", n.refName(i));
                }
                stringAttr(out, "type", "STDCELL");
                weight(out, n, i);
                numberAttr(out, "width", n.width(i));
                optionalNumber(out, "x", p.x(i));
                optionalNumber(out, "y", p.y(i));
            }
        }
        out.write("}\n");
    }

    private static boolean standsAsInNetlist(Netlist n, Placement p, int macro) {
        return Double.compare(n.x(macro), p.x(macro)) == 0 && Double.compare(n.y(macro), p.y(macro)) == 0
                && n.orientation(macro) == p.orientation(macro);
    }

    private static void weight(Writer out, Netlist n, int i) throws IOException {
        if (Double.compare(n.weight(i), 1.0) != 0) {
            numberAttr(out, "weight", n.weight(i));
        }
    }

    private static void optionalNumber(Writer out, String key, double v) throws IOException {
        if (!Double.isNaN(v)) {
            numberAttr(out, key, v);
        }
    }

    private static void numberAttr(Writer out, String key, double v) throws IOException {
        numberAttr(out, key, format(v));
    }

    private static void numberAttr(Writer out, String key, String literal) throws IOException {
        out.write("  attr {\n    key: \"");
        out.write(key);
        out.write("\"\n    value {\n      f: ");
        out.write(literal);
        out.write("\n    }\n  }\n");
    }

    private static void stringAttr(Writer out, String key, String value) throws IOException {
        out.write("  attr {\n    key: ");
        quote(out, key);
        out.write("\n    value {\n      placeholder: ");
        quote(out, value);
        out.write("\n    }\n  }\n");
    }

    /**
     * Text that reads back as exactly {@code v}: {@link Double#toString}, which round-trips and, for
     * the magnitudes of chip coordinates, matches the Python repr CT writes ("133.0", "0.035").
     */
    static String format(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /** Metadata values were kept as written: a number literal goes back as {@code f:}. */
    private static boolean looksNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        try {
            DecimalParser.parse(s.toCharArray(), 0, s.length());
            return Character.isDigit(s.charAt(s.length() - 1)) || s.endsWith(".");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A protobuf string literal: quotes, backslashes and control chars escaped; other text as is. */
    static void quote(Writer out, String s) throws IOException {
        out.write('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == 0x7f ? String.format("\\%03o", (int) c) : null;
            };
            if (esc != null) {
                out.write(s, plain, i - plain);
                out.write(esc);
                plain = i + 1;
            }
        }
        out.write(s, plain, s.length() - plain);
        out.write('"');
    }
}
