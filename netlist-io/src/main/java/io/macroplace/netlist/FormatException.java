package io.macroplace.netlist;

import java.io.IOException;

/**
 * Malformed input. The message reads {@code FILE:LINE: what is wrong}, ready for a one-line
 * error report; line is 0 when the problem belongs to the file as a whole.
 */
public final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public FormatException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
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
}
