package io.macroplace.netlist.def;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.lef.LefDefTokenizer;
import java.io.IOException;
import java.util.Set;

/**
 * What every part of a DEF shares on top of the tokens: keywords in any case, points, orientations,
 * sections of counted items, skipping to an END. The point last read is in {@link #px}, {@link #py}.
 */
final class DefSyntax {
    /** Keywords that start a top-level statement or section: one inside a section means its END is missing. */
    private static final Set<String> TOP_LEVEL = Set.of("COMPONENTS", "PINS", "NETS", "SPECIALNETS", "BLOCKAGES",
            "VIAS", "STYLES", "NONDEFAULTRULES", "REGIONS", "PINPROPERTIES", "SLOTS", "FILLS", "SCANCHAINS", "GROUPS",
            "PROPERTYDEFINITIONS", "DIEAREA", "ROW", "TRACKS", "GCELLGRID", "DESIGN");

    final LefDefTokenizer t;
    double px;
    double py;

    DefSyntax(LefDefTokenizer t) {
        this.t = t;
    }

    /** Reads one item of a section, its leading {@code -} already read. */
    @FunctionalInterface
    interface ItemReader {
        void read() throws IOException;
    }

    /** The current token as a keyword ({@link LefDefTokenizer#keyword}). */
    String keyword() {
        return t.keyword();
    }

    /** Reads the next token, which must exist, as a keyword. */
    String nextKeyword(String what) throws IOException {
        t.expectNext(what);
        return keyword();
    }

    /** Reads {@code ( x y )} into px, py; {@code *} repeats the previous point's coordinate. */
    void point(String what) throws IOException {
        if (!t.next() || !t.is("(")) {
            throw pointError(what);
        }
        if (!t.next()) {
            throw pointError(what);
        }
        if (!t.is("*")) {
            px = t.number(what);
        }
        if (!t.next()) {
            throw pointError(what);
        }
        if (!t.is("*")) {
            py = t.number(what);
        }
        if (!t.next() || !t.is(")")) {
            throw pointError(what);
        }
    }

    private FormatException pointError(String what) {
        if (t.token() == null) {
            return new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + what);
        }
        return t.error("expected \"( x y )\" for " + what + ", found \"" + t.token() + "\"");
    }

    Orientation orientation(String text) throws FormatException {
        try {
            return Orientation.parse(text);
        } catch (IllegalArgumentException e) {
            throw t.error("unknown orientation \"" + text + "\" (N, S, E, W, FN, FS, FE, FW)");
        }
    }

    /** An END where a statement's arguments go: the statement's {@code ;} is missing. */
    void unclosed(String kind, String name, int line) throws FormatException {
        if (t.is("END")) {
            throw t.error(kind + " " + name + " (line " + line + ") has no \";\" before this END");
        }
    }

    /**
     * Reads {@code n ;} after a section keyword, then calls back for every {@code -} item until
     * {@code END keyword}; checks the item count against n and returns it.
     */
    int section(String keyword, ItemReader items) throws IOException {
        int start = t.line();
        long declared = t.nextInteger("the number of " + keyword);
        t.expect(";");
        int found = 0;
        while (true) {
            if (!t.next()) {
                throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + keyword
                        + " (line " + start + "): END " + keyword + " is missing");
            }
            if (t.is("-")) {
                found++;
                items.read();
                continue;
            }
            String k = keyword();
            if (k.equals("END")) {
                String what = t.expectNext("END " + keyword);
                if (!what.equalsIgnoreCase(keyword)) {
                    throw t.error("END " + what + " inside " + keyword + " (line " + start + "): expected END "
                            + keyword);
                }
                if (found != declared) {
                    throw t.error(keyword + " at line " + start + " declares " + declared + " item"
                            + (declared == 1 ? "" : "s") + ", but " + found + (found == 1 ? " is" : " are")
                            + " listed");
                }
                return found;
            }
            if (TOP_LEVEL.contains(k)) {
                throw t.error(k + " inside " + keyword + " (line " + start + "): END " + keyword + " is missing");
            }
            throw t.error("expected \"-\" starting an item of " + keyword + ", or END " + keyword + ", found \""
                    + t.token() + "\"");
        }
    }

    /** A counted section skipped whole, item by item. */
    int skippedSection(String keyword) throws IOException {
        return section(keyword, () -> t.skipStatement(keyword + " item"));
    }

    /** An empty bounding box x0, y0, x1, y1 for {@link #extend}. */
    static double[] emptyBox() {
        return new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
    }

    /** Grows a box by the point last read. */
    void extend(double[] box) {
        box[0] = Math.min(box[0], px);
        box[1] = Math.min(box[1], py);
        box[2] = Math.max(box[2], px);
        box[3] = Math.max(box[3], py);
    }
}
