package io.macroplace.netlist.plc;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.PlcHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Collects the settings of a .plc header, one {@code #} line at a time. A line is a list of
 * {@code label : value} pairs ({@code # Routes per micron, hor : 57.031  ver : 56.818}); the first
 * label says what the line is. Besides Circuit Training's keys it reads macroplace's "Cost weights"
 * and "Pin mode" lines. Lines with other labels (Date, Project, node counts, the ASCII map of hard
 * macros, viewer hints) are ignored.
 */
final class PlcHeaderParser {
    /** Informational lines kept verbatim in {@link PlcHeader#costs()}, by their label. */
    private static final List<String> COST_LABELS = List.of(
            "Wirelength", "Wirelength cost", "Congestion cost", "Density cost", "Fake net cost");

    /**
     * The "Counts of node types" lines Circuit Training writes that are checked against the netlist.
     * Not the hard/soft split: CT's own macro_tiles test data counts as HARD_MACROs the macros its
     * netlist types in lower case, which this reader takes as soft (see CtNetlistReader).
     */
    private static final List<String> COUNT_LABELS = List.of("MACROs", "MACRO_PINs", "PORTs", "STDCELLs");

    private final String source;
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // label -> {count, line}
    private OptionalInt columns = OptionalInt.empty();
    private OptionalInt rows = OptionalInt.empty();
    private OptionalDouble width = OptionalDouble.empty();
    private OptionalDouble height = OptionalDouble.empty();
    private OptionalDouble routesH = OptionalDouble.empty();
    private OptionalDouble routesV = OptionalDouble.empty();
    private OptionalDouble macroRoutesH = OptionalDouble.empty();
    private OptionalDouble macroRoutesV = OptionalDouble.empty();
    private OptionalDouble smoothing = OptionalDouble.empty();
    private OptionalDouble overlap = OptionalDouble.empty();
    private PlcHeader.Weights weights;
    private String pinMode;
    private String block;
    private final List<Blockage> blockages = new ArrayList<>();
    private final Map<String, String> costs = new LinkedHashMap<>();

    PlcHeaderParser(String source) {
        this.source = source;
    }

    /** One header line, without its leading '#'. */
    void accept(String text, int line) throws FormatException {
        List<String> labels = new ArrayList<>(4);
        List<String> values = new ArrayList<>(4);
        split(text, labels, values);
        if (labels.isEmpty()) {
            return;
        }
        String first = labels.get(0);
        switch (first) {
            case "Columns" -> {
                columns = OptionalInt.of(intValue(values.get(0), first, line));
                String r = valueOf("Rows", labels, values);
                if (r != null) {
                    rows = OptionalInt.of(intValue(r, "Rows", line));
                }
            }
            case "Rows" -> rows = OptionalInt.of(intValue(values.get(0), first, line));
            case "Width" -> {
                width = OptionalDouble.of(number(values.get(0), first, line));
                String h = valueOf("Height", labels, values);
                if (h != null) {
                    height = OptionalDouble.of(number(h, "Height", line));
                }
            }
            case "Height" -> height = OptionalDouble.of(number(values.get(0), first, line));
            case "Block" -> block = afterColon(text);
            case "Routes per micron, hor" -> {
                routesH = OptionalDouble.of(number(values.get(0), first, line));
                String v = valueOf("ver", labels, values);
                if (v == null) {
                    throw new FormatException(source, line, "\"Routes per micron\" line has no \"ver\" value");
                }
                routesV = OptionalDouble.of(number(v, "ver", line));
            }
            case "Routes used by macros, hor" -> {
                macroRoutesH = OptionalDouble.of(number(values.get(0), first, line));
                String v = valueOf("ver", labels, values);
                if (v == null) {
                    throw new FormatException(source, line, "\"Routes used by macros\" line has no \"ver\" value");
                }
                macroRoutesV = OptionalDouble.of(number(v, "ver", line));
            }
            case "Smoothing factor" -> smoothing = OptionalDouble.of(number(values.get(0), first, line));
            case "Overlap threshold" -> overlap = OptionalDouble.of(number(values.get(0), first, line));
            case "Blockage" -> blockages.add(blockage(afterColon(text), line));
            case "Cost weights, wirelength" -> {
                String d = valueOf("density", labels, values);
                String c = valueOf("congestion", labels, values);
                if (d == null || c == null) {
                    throw new FormatException(source, line, "\"Cost weights\" line needs density and congestion values");
                }
                try {
                    weights = new PlcHeader.Weights(number(values.get(0), "wirelength", line),
                            number(d, "density", line), number(c, "congestion", line));
                } catch (IllegalArgumentException e) {
                    throw new FormatException(source, line, e.getMessage());
                }
            }
            case "Pin mode" -> {
                pinMode = values.get(0).toLowerCase(Locale.ROOT);
                if (!pinMode.equals("default") && !pinMode.equals("oriented")) {
                    throw new FormatException(source, line, "Pin mode is \"default\" or \"oriented\", found \""
                            + pinMode + "\"");
                }
            }
            default -> {
                if (COUNT_LABELS.contains(first)) {
                    counts.put(first, new int[] {intValue(values.get(0), first, line), line});
                    return;
                }
                // other "... cost" lines with a number (e.g. a proxy cost) are kept too; "Use
                // incremental cost : False" is a setting of CT's tool and is not
                if (COST_LABELS.contains(first) || first.equals("Area") || first.startsWith("Area (")
                        || (first.endsWith(" cost") && isNumber(values.get(0)))) {
                    costs.put(first, afterColon(text));
                }
            }
        }
    }

    /**
     * The node counts the header declares must be the netlist's: a .plc written for another
     * netlist (or a netlist edited since) would otherwise place the wrong nodes by index.
     */
    void checkCounts(Netlist netlist) throws FormatException {
        for (Map.Entry<String, int[]> c : counts.entrySet()) {
            int has = switch (c.getKey()) {
                case "MACROs" -> netlist.count(NodeKind.HARD_MACRO) + netlist.count(NodeKind.SOFT_MACRO);
                case "MACRO_PINs" -> netlist.count(NodeKind.HARD_MACRO_PIN) + netlist.count(NodeKind.SOFT_MACRO_PIN);
                case "PORTs" -> netlist.count(NodeKind.PORT);
                default -> netlist.count(NodeKind.STDCELL);
            };
            int declared = c.getValue()[0];
            if (declared != has) {
                throw new FormatException(source, c.getValue()[1], String.format("the header counts %,d %s, the "
                        + "netlist has %,d: is this .plc for another netlist?", declared, c.getKey(), has));
            }
        }
    }

    PlcHeader header() {
        return new PlcHeader(columns, rows, width, height, routesH, routesV, macroRoutesH, macroRoutesV,
                smoothing, overlap, weights, pinMode, block, blockages, costs);
    }

    /**
     * Splits {@code a b : 1  c : 2} into labels [a b, c] and values [1, 2]: a value is the first word
     * after a colon; the words after it, up to the next colon, form the next label.
     */
    private static void split(String text, List<String> labels, List<String> values) {
        StringBuilder label = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (c == ':') {
                i++;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int vs = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                labels.add(label.toString());
                values.add(text.substring(vs, i));
                label.setLength(0);
                continue;
            }
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') {
                i++;
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(text, s, i);
        }
    }

    private static String valueOf(String label, List<String> labels, List<String> values) {
        int at = labels.indexOf(label);
        return at < 0 ? null : values.get(at);
    }

    private static String afterColon(String text) {
        return text.substring(text.indexOf(':') + 1).trim();
    }

    private Blockage blockage(String text, int line) throws FormatException {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 5) {
            throw new FormatException(source, line, "Blockage needs x0 y0 x1 y1 rate, found \"" + text + "\"");
        }
        double[] v = new double[5];
        for (int i = 0; i < 5; i++) {
            v[i] = number(parts[i], "Blockage", line);
        }
        try {
            return new Blockage(v[0], v[1], v[2], v[3], v[4]);
        } catch (IllegalArgumentException e) {
            throw new FormatException(source, line, e.getMessage());
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int intValue(String text, String label, int line) throws FormatException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new FormatException(source, line, label + " needs an integer, found \"" + text + "\"");
        }
    }

    private double number(String text, String label, int line) throws FormatException {
        return PlcReader.parseDouble(text, label, source, line);
    }
}
