package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** .nodes and .pl content, in .nodes order. */
final class NodeTable {
    int count;
    String[] names = new String[1024];
    double[] w = new double[1024];
    double[] h = new double[1024];
    byte[] terminal = new byte[1024]; // 0 movable, 1 terminal, 2 terminal_NI
    byte[] mark = new byte[1024]; // the kind a "# hard_macro" style comment gives (NodeKind ordinal), or -1
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
        Map<String, int[]> marks = new HashMap<>(); // node name -> {kind ordinal, line}
        try (BookshelfLines in = BookshelfLines.open(file, auxName, auxLine)) {
            in.onComment((comment, line) -> kindMark(comment, line, marks, in));
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
                if (t.count == numNodes) {
                    throw in.error("node " + (t.count + 1) + " is one more than NumNodes : " + numNodes
                            + " (line " + numNodesAt + ") declares");
                }
                if (term != 0 && terminals > numTerminals && numTerminals >= 0) {
                    throw in.error("terminal " + terminals + " is one more than NumTerminals : " + numTerminals
                            + " (line " + numTerminalsAt + ") declares");
                }
                Integer previous = t.index.putIfAbsent(name, t.count);
                if (previous != null) {
                    throw in.error("duplicate node \"" + name + "\" (first at line " + t.line[previous] + ")");
                }
                t.add(name, w, h, term, in.line());
            }
            if (t.count == 0) {
                throw new FormatException(in.file(), Math.max(1, in.line()), "no nodes");
            }
            for (Map.Entry<String, int[]> m : marks.entrySet()) {
                Integer id = t.index.get(m.getKey());
                if (id == null) {
                    throw new FormatException(in.file(), m.getValue()[1], "the kind comment names \"" + m.getKey()
                            + "\", which is not a node of this file");
                }
                t.mark[id] = (byte) m.getValue()[0];
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

    /**
     * Records a kind comment, {@code # macroplace: KIND NAME} (see {@link BookshelfWriter}); other
     * comments are just comments.
     */
    private static void kindMark(String comment, int line, Map<String, int[]> marks, BookshelfLines in)
            throws FormatException {
        if (!comment.startsWith(BookshelfWriter.KIND_PREFIX)) {
            return;
        }
        String[] f = comment.substring(BookshelfWriter.KIND_PREFIX.length()).strip().split("\\s+");
        NodeKind kind = null;
        for (Map.Entry<NodeKind, String> k : BookshelfWriter.KIND_MARKS.entrySet()) {
            if (f.length == 2 && f[0].equals(k.getValue())) {
                kind = k.getKey();
            }
        }
        if (kind == null) {
            throw new FormatException(in.file(), line, "expected \"# " + BookshelfWriter.KIND_PREFIX + " KIND NAME\" (KIND "
                    + String.join(", ", BookshelfWriter.KIND_MARKS.values()) + "), found \"# " + comment + "\"");
        }
        int[] previous = marks.putIfAbsent(f[1], new int[] {kind.ordinal(), line});
        if (previous != null) {
            throw new FormatException(in.file(), line, "node \"" + f[1] + "\" already has a kind comment at line "
                    + previous[1]);
        }
    }

    private void add(String name, double width, double height, byte term, int srcLine) {
        if (count == names.length) {
            int cap = count * 2;
            names = Arrays.copyOf(names, cap);
            w = Arrays.copyOf(w, cap);
            h = Arrays.copyOf(h, cap);
            terminal = Arrays.copyOf(terminal, cap);
            mark = Arrays.copyOf(mark, cap);
            line = Arrays.copyOf(line, cap);
        }
        mark[count] = -1;
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
