package io.macroplace.netlist.lef;

import io.macroplace.netlist.FormatException;
import java.io.IOException;
import java.util.Set;

/**
 * What the parts of a LEF reader share on top of the tokens: keywords in any case, the END of a
 * block, statements as words, and skipping blocks by their END structure.
 */
final class LefSyntax {
    /** Keywords that only start a top-level statement: seeing one inside a block means its END is missing. */
    static final Set<String> TOP_LEVEL = Set.of("MACRO", "LAYER", "SITE", "VIARULE", "NONDEFAULTRULE");

    final LefDefTokenizer t;

    LefSyntax(LefDefTokenizer t) {
        this.t = t;
    }

    /** The current token as a keyword ({@link LefDefTokenizer#keyword}). */
    String keyword() {
        return t.keyword();
    }

    /**
     * The words of the statement {@code what} up to its {@code ;}, joined by spaces; the current
     * token is the first of them when {@code fromCurrent}, else the statement's keyword.
     */
    String words(String what, boolean fromCurrent) throws IOException {
        StringBuilder b = new StringBuilder();
        if (fromCurrent) {
            b.append(t.token());
        }
        while (true) {
            t.expectNext("\";\" ending " + what);
            if (t.is(";")) {
                return b.toString();
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.token());
        }
    }

    /** The keyword starting the next statement of a block; the end of the file there is a missing END. */
    String nextKeyword(String block, int startLine, String end) throws IOException {
        if (!t.next()) {
            throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + block
                    + " (line " + startLine + "): " + end + " is missing");
        }
        return keyword();
    }

    /** After END: the name that must follow (a keyword such as UNITS in any case). */
    void expectEnd(String name, String block) throws IOException {
        String got = t.expectNext("END " + name);
        boolean keywordBlock = block.equals(name);
        if (!(keywordBlock ? got.equalsIgnoreCase(name) : got.equals(name))) {
            throw t.error("END " + got + " inside " + block + ": expected END " + name);
        }
    }

    void skipNamedBlock(String keyword) throws IOException {
        String name = t.expectNext("a name after " + keyword);
        int start = t.line();
        while (t.next()) {
            if (keyword().equals("END")) {
                if (!t.next()) {
                    break;
                }
                if (t.token().equals(name)) {
                    return;
                }
            }
        }
        throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + keyword + " " + name
                + " (line " + start + "): END " + name + " is missing");
    }

    /** Skips statements to a bare {@code END} (DENSITY blocks). */
    void skipToBareEnd(String block) throws IOException {
        int start = t.line();
        while (true) {
            String k = nextKeyword(block, start, "END");
            if (k.equals("END")) {
                return;
            }
            t.skipStatement(k);
        }
    }
}
