package io.macroplace.netlist;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The lines of a text file, split as {@link java.io.BufferedReader#readLine} splits them (LF, CR or
 * CRLF), with a limit: a line longer than {@link #MAX_LINE} chars is a {@link FormatException} at its
 * line, not an attempt to hold a file without line ends (binary junk, a damaged file) in memory.
 * Text is UTF-8; malformed bytes are replaced, so that junk fails later as a bad line, with its number.
 */
public final class LineReader implements Closeable {
    /** Longest line, in chars: the line-based formats (.plc, Bookshelf) have lines of a few dozen. */
    public static final int MAX_LINE = 1 << 16;

    private final Reader in;
    private final String source;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipLf; // the last line ended with CR: a LF right after belongs to it
    private final StringBuilder spill = new StringBuilder();
    private int lines;

    public LineReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Opens a file (see {@link InputFiles#open}); errors name it as {@code source}. */
    public static LineReader open(Path path, String source) throws IOException {
        return new LineReader(new InputStreamReader(InputFiles.open(path, source), StandardCharsets.UTF_8), source);
    }

    /** The next line without its line end, or null at the end of the file. */
    public String readLine() throws IOException {
        spill.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                lines++;
                return spill.toString();
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (spill.length() + (pos - start) > MAX_LINE) {
                throw new FormatException(source, lines + 1, String.format(
                        "line longer than %,d characters: not a text file of this format, or a damaged one", MAX_LINE));
            }
            if (pos < limit) {
                skipLf = buf[pos] == '\r';
                String line = spill.length() == 0 ? new String(buf, start, pos - start)
                        : spill.append(buf, start, pos - start).toString();
                pos++;
                lines++;
                return line;
            }
            spill.append(buf, start, pos - start);
        }
    }

    /** How many lines have been read: the number of the last one returned. */
    public int lineNumber() {
        return lines;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
