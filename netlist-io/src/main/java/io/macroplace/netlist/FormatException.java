package io.macroplace.netlist;

import java.io.IOException;

/**
 * Malformed input. The message reads {@code FILE:LINE: what is wrong}, ready for a one-line
 * error report; line is 0 when the problem belongs to the file as a whole. Control characters
 * (from binary junk or odd names) are shown escaped, so that the message stays one printable line,
 * and input quoted in the problem is cut short ({@link #shortened}), so that it stays a short one.
 */
public final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /** Longest quoted text kept whole in a problem; longer ones keep their start. */
    static final int MAX_QUOTE = 80;
    /** Longest problem text; the rest is cut (after quotes are shortened, only a pathological case). */
    static final int MAX_PROBLEM = 400;

    public FormatException(String file, int line, String problem) {
        super(printable(line > 0 ? file + ":" + line + ": " : file + ": ") + shortened(printable(problem)));
        this.file = file;
        this.line = line;
        this.problem = shortened(printable(problem));
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The description without the file and line prefix. */
    public String problem() {
        return problem;
    }

    /**
     * A problem with every quoted part ({@code "..."}, or {@code '...'} opened after a space or
     * bracket, so that an apostrophe is no quote) longer than
     * {@value #MAX_QUOTE} chars cut to its start and a count ({@code "abc... (1,048,577 chars)"}), and
     * the whole cut at {@value #MAX_PROBLEM}: a token of a megabyte of junk is named, not printed.
     */
    static String shortened(String problem) {
        if (problem == null || problem.length() <= MAX_QUOTE) {
            return problem;
        }
        StringBuilder b = new StringBuilder(Math.min(problem.length(), MAX_PROBLEM + 40));
        int i = 0;
        int n = problem.length();
        while (i < n) {
            char c = problem.charAt(i);
            boolean opens = c == '"' || c == '\'' && (i == 0 || " ([".indexOf(problem.charAt(i - 1)) >= 0);
            int close = opens ? problem.indexOf(c, i + 1) : -1;
            if (close > 0 && close - i - 1 > MAX_QUOTE) {
                b.append(problem, i, i + 1 + MAX_QUOTE - 20).append("...").append(c)
                        .append(String.format(" (%,d chars)", close - i - 1));
                i = close + 1;
            } else if (close > 0) {
                b.append(problem, i, close + 1);
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        if (b.length() > MAX_PROBLEM) {
            b.setLength(MAX_PROBLEM - 3);
            b.append("...");
        }
        return b.toString();
    }

    /**
     * Text with control characters and line separators escaped ({@code \n}, {@code \t},
     * {@code \u0003}...), for messages that must stay one line.
     */
    public static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b == null) {
                continue;
            }
            if (!control) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
