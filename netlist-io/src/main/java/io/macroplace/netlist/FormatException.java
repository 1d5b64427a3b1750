package io.macroplace.netlist;

import java.io.IOException;

/**
 * Malformed input. The message reads {@code FILE:LINE: what is wrong}, ready for a one-line
 * error report; line is 0 when the problem belongs to the file as a whole. Control characters
 * (from binary junk or odd names) are shown escaped, so that the message stays one printable line.
 */
public final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public FormatException(String file, int line, String problem) {
        super(printable(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem));
        this.file = file;
        this.line = line;
        this.problem = printable(problem);
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
