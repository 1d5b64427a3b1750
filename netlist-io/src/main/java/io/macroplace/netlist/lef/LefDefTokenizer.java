package io.macroplace.netlist.lef;

import io.macroplace.netlist.FormatException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * The lexical layer LEF and DEF share: tokens separated by white space, {@code "quoted strings"}
 * as one token, {@code #} comments to the end of the line, {@code ;} ending a statement. A
 * {@code ;} glued to the end of a word ({@code END UNITS;}) is split off unless it is escaped; no
 * other character is split, so names keep every character they have ({@code a\[3\]},
 * {@code u1/u2}). Each token knows its line and its character offsets in the input, which the DEF
 * writer uses to replace exactly one clause and copy everything else as it was.
 *
 * <p>Bytes are characters (ISO-8859-1): offsets are byte offsets, and any byte passes through a name.
 */
public final class LefDefTokenizer {
    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    private int pos;
    /** Offset in the input of buf[0]. */
    private long bufStart;
    private int line = 1;

    private final StringBuilder text = new StringBuilder(64);
    private byte[] scratch = new byte[256];
    private static final String[] SINGLE = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = String.valueOf((char) i);
        }
    }
    private String token;
    private boolean quoted;
    private int tokenLine;
    private long tokenStart;
    private long tokenEnd;
    /** A split-off ';' waiting to be returned, at this offset and line. */
    private boolean pendingSemicolon;
    private long pendingOffset;
    private int pendingLine;

    private boolean pushedBack;
    private int lastContentLine = 1;

    public LefDefTokenizer(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** Advances to the next token; false at the end of the input. */
    public boolean next() throws IOException {
        if (pushedBack) {
            pushedBack = false;
            return token != null;
        }
        if (pendingSemicolon) {
            pendingSemicolon = false;
            token = ";";
            quoted = false;
            tokenLine = pendingLine;
            tokenStart = pendingOffset;
            tokenEnd = pendingOffset + 1;
            return true;
        }
        int c;
        while (true) {
            c = read();
            if (c < 0) {
                token = null;
                return false;
            }
            if (c == '\n') {
                line++;
            } else if (c == '#') {
                while ((c = read()) >= 0 && c != '\n') {
                    // comment
                }
                if (c == '\n') {
                    line++;
                }
            } else if (c > ' ') {
                break;
            }
        }
        tokenLine = line;
        lastContentLine = line;
        tokenStart = bufStart + pos - 1;
        text.setLength(0);
        if (c == '"') {
            quoted = true;
            int startLine = line;
            while (true) {
                c = read();
                if (c < 0) {
                    throw new FormatException(source, startLine, "a quoted string is not closed");
                }
                if (c == '\\') {
                    int d = read();
                    if (d < 0) {
                        throw new FormatException(source, startLine, "a quoted string is not closed");
                    }
                    text.append((char) c).append((char) d);
                    continue;
                }
                if (c == '"') {
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                text.append((char) c);
            }
            tokenEnd = bufStart + pos;
            token = text.toString();
            return true;
        }
        quoted = false;
        word();
        return true;
    }

    /**
     * Reads the rest of a word whose first character was just read: straight from the buffer in
     * the usual case, through a scratch copy when the word runs past the buffer's end.
     */
    private void word() throws IOException {
        int from = pos - 1;
        int i = pos;
        while (i < len && (buf[i] & 0xff) > ' ') {
            i++;
        }
        int n;
        byte[] bytes;
        int offset;
        if (i < len) {
            pos = i;
            bytes = buf;
            offset = from;
            n = i - from;
        } else {
            // the word reaches the end of the buffer: gather it across refills
            int k = i - from;
            if (scratch.length < k) {
                scratch = new byte[Math.max(2 * k, 64)];
            }
            System.arraycopy(buf, from, scratch, 0, k);
            pos = len;
            int c;
            while ((c = peek()) >= 0 && c > ' ') {
                pos++;
                if (k == scratch.length) {
                    scratch = Arrays.copyOf(scratch, 2 * k);
                }
                scratch[k++] = (byte) c;
            }
            bytes = scratch;
            offset = 0;
            n = k;
        }
        tokenEnd = bufStart + pos;
        if (n > 1 && bytes[offset + n - 1] == ';' && bytes[offset + n - 2] != '\\') {
            n--;
            tokenEnd--;
            pendingSemicolon = true;
            pendingOffset = tokenEnd;
            pendingLine = tokenLine;
        }
        token = n == 1 ? single(bytes[offset]) : new String(bytes, offset, n, StandardCharsets.ISO_8859_1);
    }

    /** One-character tokens ("(", ")", "-", "+", ";", "N"...) shared rather than allocated. */
    private static String single(byte b) {
        return SINGLE[b & 0xff];
    }

    /** The next token, which must exist; {@code what} names what was expected, for the error. */
    public String expectNext(String what) throws IOException {
        if (!next()) {
            throw new FormatException(source, lastContentLine, "the file ends where " + what + " should follow");
        }
        return token;
    }

    /** Reads the next token and checks that it is {@code expected}. */
    public void expect(String expected) throws IOException {
        String t = expectNext("\"" + expected + "\"");
        if (!t.equals(expected) || quoted) {
            throw error("expected \"" + expected + "\", found \"" + t + "\"");
        }
    }

    /** Makes the current token the next one again. */
    public void pushBack() {
        pushedBack = true;
    }

    /** The current token's text (without quotes for a quoted string). */
    public String token() {
        return token;
    }

    public boolean quoted() {
        return quoted;
    }

    /** True when the current token is the unquoted keyword {@code word}, compared case-sensitively. */
    public boolean is(String word) {
        return !quoted && token != null && token.equals(word);
    }

    public int line() {
        return tokenLine;
    }

    /** The last line of the input that held a token (for an unexpected end of file). */
    public int lastContentLine() {
        return lastContentLine;
    }

    /** Offset in the input of the current token's first character. */
    public long start() {
        return tokenStart;
    }

    /** Offset just past the current token's last character (a closing quote included). */
    public long end() {
        return tokenEnd;
    }

    /** Total number of characters read so far. */
    public long offset() {
        return bufStart + pos;
    }

    /** An error at the current token's line. */
    public FormatException error(String message) {
        return new FormatException(source, tokenLine, message);
    }

    /** The next token as a number. */
    public double nextNumber(String what) throws IOException {
        String t = expectNext(what);
        return number(what);
    }

    /** The current token as a number. */
    public double number(String what) throws FormatException {
        if (!quoted) {
            try {
                double v = Double.parseDouble(token);
                if (Double.isFinite(v) && isNumeric(token)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error("expected a number for " + what + ", found \"" + token + "\"");
    }

    /** The next token as an integer. */
    public long nextInteger(String what) throws IOException {
        expectNext(what);
        if (!quoted) {
            try {
                return Long.parseLong(token.startsWith("+") ? token.substring(1) : token);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error("expected a whole number for " + what + ", found \"" + token + "\"");
    }

    /**
     * The current token upper-cased: keywords are case-insensitive, names are not. A quoted string
     * keeps its quotes, so it never reads as a keyword.
     */
    public String keyword() {
        if (quoted) {
            return "\"" + token + "\"";
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return token.toUpperCase(Locale.ROOT);
            }
        }
        return token;
    }

    /** Skips past {@code END keyword}: a block with nothing counted in it, or one skipped whole. */
    public void skipBlock(String keyword, int start) throws IOException {
        while (next()) {
            if (keyword().equals("END")) {
                if (!next()) {
                    break;
                }
                if (keyword().equals(keyword)) {
                    return;
                }
            }
        }
        throw new FormatException(source, lastContentLine, "the file ends inside " + keyword + " (line " + start
                + "): END " + keyword + " is missing");
    }

    /** Skips past a closing keyword ({@code ENDEXT}) of {@code block}, which began on line {@code start}. */
    public void skipTo(String endKeyword, String block, int start) throws IOException {
        while (next()) {
            if (keyword().equals(endKeyword)) {
                return;
            }
        }
        throw new FormatException(source, lastContentLine, "the file ends inside " + block + " (line " + start
                + "): " + endKeyword + " is missing");
    }

    /** Skips to the end of the current statement: past the next {@code ;}. */
    public void skipStatement(String what) throws IOException {
        int startLine = tokenLine;
        while (next()) {
            if (is(";")) {
                return;
            }
        }
        throw new FormatException(source, startLine, "the file ends inside " + what + " (no \";\" ends it)");
    }

    // Java's parser also takes "NaN", "Infinity", hex floats and a trailing 'd' or 'f'
    private static boolean isNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        bufStart += len;
        pos = 0;
        len = 0;
        int r;
        try {
            do {
                r = in.read(buf, 0, buf.length);
            } while (r == 0);
        } catch (ZipException | EOFException e) {
            throw new FormatException(source, line, "the gzip data stops being valid here: "
                    + LefDefFiles.gzipProblem(e));
        }
        if (r < 0) {
            return false;
        }
        len = r;
        return true;
    }
}
