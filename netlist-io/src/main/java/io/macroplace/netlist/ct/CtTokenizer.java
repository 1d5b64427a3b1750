package io.macroplace.netlist.ct;

import io.macroplace.netlist.FormatException;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Splits protobuf text format into tokens, streaming over a char buffer so that a file of hundreds
 * of megabytes is never held whole. A token's text is a range of a char array ({@link #text()},
 * {@link #start()}, {@link #length()}), valid until the next call to {@link #next()}: callers compare
 * ranges and parse numbers in place, and make a String only when they keep the text.
 *
 * <p>Tokens: words (identifiers and number literals), quoted strings (escapes decoded, as protobuf
 * does), braces and colons. {@code #} comments run to the end of the line; commas and semicolons
 * are separators like whitespace.
 */
final class CtTokenizer {
    enum Kind { WORD, STRING, OPEN, CLOSE, COLON, EOF }

    /**
     * Longest token, in chars. Netlist names and values are far shorter; a longer one is a damaged
     * or binary file, and reading it on would only fill the memory.
     */
    static final int MAX_TOKEN = 1 << 20;

    /** A byte-order mark some editors put first; blank like whitespace. */
    private static final char BOM = (char) 0xFEFF;

    private final Reader in;
    private final String source;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private int shifted; // how far the last fill moved the buffer's contents towards the front

    private Kind kind;
    private int tokenLine;
    private int lastLine = 1;
    private char[] text;
    private int start;
    private int length;

    // decoded strings that contained escapes: bytes first (escapes are bytes), then UTF-8 chars
    private byte[] bytes = new byte[256];
    private char[] decoded = new char[256];

    /** Asked at end of input whether the input really ended or its source failed (and throws then). */
    @FunctionalInterface
    interface EndCheck {
        void check() throws IOException;
    }

    private final EndCheck endCheck;

    CtTokenizer(Reader in, String source) {
        this(in, source, () -> { });
    }

    CtTokenizer(Reader in, String source, EndCheck endCheck) {
        this.in = in;
        this.source = source;
        this.endCheck = endCheck;
    }

    String source() {
        return source;
    }

    Kind kind() {
        return kind;
    }

    /** Line of the current token; for EOF, the line where the last token ended. */
    int line() {
        return tokenLine;
    }

    char[] text() {
        return text;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    String textString() {
        return new String(text, start, length);
    }

    boolean textIs(String s) {
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    FormatException error(String problem) {
        return new FormatException(source, tokenLine, problem);
    }

    /** A short printable form of the current token, for error messages. */
    String describe() {
        return switch (kind) {
            case WORD -> "'" + textString() + "'";
            case STRING -> "string \"" + textString() + "\"";
            case OPEN -> "'{'";
            case CLOSE -> "'}'";
            case COLON -> "':'";
            case EOF -> "end of file";
        };
    }

    /** Advances to the next token and returns its kind. */
    Kind next() throws IOException {
        int c = skipBlank();
        if (c < 0) {
            kind = Kind.EOF;
            tokenLine = lastLine;
            length = 0;
            return kind;
        }
        tokenLine = line;
        switch (c) {
            case '{', '<' -> {
                pos++;
                kind = Kind.OPEN;
            }
            case '}', '>' -> {
                pos++;
                kind = Kind.CLOSE;
            }
            case ':' -> {
                pos++;
                kind = Kind.COLON;
            }
            case '"', '\'' -> readString((char) c);
            default -> {
                if (!isWordChar((char) c)) {
                    throw error("unexpected character " + describeChar((char) c));
                }
                readWord();
            }
        }
        lastLine = line;
        return kind;
    }

    /** A char for a one-line message: printable ones quoted, others (control chars, binary junk) as a code. */
    static String describeChar(char c) {
        if (c >= 0x20 && c < 0x7f || c > 0xa0 && Character.isLetterOrDigit(c)) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }

    /** Skips whitespace, separators and comments; returns the next char (not consumed) or -1. */
    private int skipBlank() throws IOException {
        while (true) {
            if (pos == limit && !fill(pos)) {
                return -1;
            }
            char c = buf[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ';' || c == '\f' || c == BOM) {
                pos++;
            } else if (c == '#') {
                while (true) {
                    if (pos == limit && !fill(pos)) {
                        return -1;
                    }
                    if (buf[pos] == '\n') {
                        break;
                    }
                    pos++;
                }
            } else {
                return c;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-' || c == '+';
    }

    private void readWord() throws IOException {
        kind = Kind.WORD; // set early: a fill that must grow the buffer names what it reads
        int s = pos;
        while (true) {
            if (pos == limit) {
                boolean more = fill(s);
                s -= shifted;
                if (!more) {
                    break;
                }
            }
            if (!isWordChar(buf[pos])) {
                break;
            }
            pos++;
        }
        kind = Kind.WORD;
        text = buf;
        start = s;
        length = pos - s;
    }

    private void readString(char quote) throws IOException {
        kind = Kind.STRING;
        int openLine = line;
        pos++; // opening quote
        int s = pos;
        boolean escaped = false;
        while (true) {
            if (pos == limit) {
                boolean more = fill(s);
                s -= shifted;
                if (!more) {
                    throw new FormatException(source, openLine, "unterminated string");
                }
            }
            char c = buf[pos];
            if (c == quote) {
                break;
            }
            if (c == '\n') {
                // protobuf strings never span lines: report where the string began
                throw new FormatException(source, openLine, "unterminated string");
            }
            if (c == '\\') {
                escaped = true;
                pos++; // the escaped char is checked below (it may be a quote or a backslash)
                if (pos == limit) {
                    boolean more = fill(s);
                    s -= shifted;
                    if (!more) {
                        throw new FormatException(source, openLine, "unterminated string");
                    }
                }
                if (buf[pos] == '\n') {
                    throw new FormatException(source, openLine, "unterminated string");
                }
            }
            pos++;
        }
        int end = pos;
        pos++; // closing quote
        kind = Kind.STRING;
        if (!escaped) {
            text = buf;
            start = s;
            length = end - s;
        } else {
            decode(s, end, openLine);
        }
    }

    /** Decodes escapes as protobuf's text format does: escapes yield bytes, the whole is UTF-8. */
    private void decode(int from, int to, int openLine) throws FormatException {
        int n = 0;
        int i = from;
        while (i < to) {
            if (n + 4 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            char c = buf[i++];
            if (c != '\\') {
                if (c < 0x80) {
                    bytes[n++] = (byte) c;
                } else {
                    // re-encode this char (or surrogate pair) as UTF-8
                    int cpEnd = Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(buf[i]) ? i + 1 : i;
                    byte[] enc = new String(buf, i - 1, cpEnd - i + 1).getBytes(StandardCharsets.UTF_8);
                    if (n + enc.length > bytes.length) {
                        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, n + enc.length));
                    }
                    System.arraycopy(enc, 0, bytes, n, enc.length);
                    n += enc.length;
                    i = cpEnd;
                }
                continue;
            }
            char e = buf[i++];
            switch (e) {
                case 'n' -> bytes[n++] = '\n';
                case 't' -> bytes[n++] = '\t';
                case 'r' -> bytes[n++] = '\r';
                case 'a' -> bytes[n++] = 7;
                case 'b' -> bytes[n++] = '\b';
                case 'f' -> bytes[n++] = '\f';
                case 'v' -> bytes[n++] = 11;
                case '\\', '\'', '"', '?' -> bytes[n++] = (byte) e;
                case 'x', 'X' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && i < to && Character.digit(buf[i], 16) >= 0) {
                        v = v * 16 + Character.digit(buf[i++], 16);
                        digits++;
                    }
                    if (digits == 0) {
                        throw new FormatException(source, openLine, "bad escape \\x without hex digits");
                    }
                    bytes[n++] = (byte) v;
                }
                case 'u', 'U' -> {
                    // newer protobuf: backslash-u with 4 hex digits, backslash-U with 8, name a code point (stored as UTF-8)
                    int want = e == 'u' ? 4 : 8;
                    int cp = 0;
                    for (int d = 0; d < want; d++) {
                        int h = i < to ? Character.digit(buf[i], 16) : -1;
                        if (h < 0) {
                            throw new FormatException(source, openLine, "bad escape \\" + e + ": needs " + want + " hex digits");
                        }
                        cp = cp * 16 + h;
                        i++;
                    }
                    if (!Character.isValidCodePoint(cp)) {
                        throw new FormatException(source, openLine, "escape names no Unicode code point");
                    }
                    byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(enc, 0, bytes, n, enc.length); // at most 4, room ensured above
                    n += enc.length;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < to && buf[i] >= '0' && buf[i] <= '7') {
                            v = v * 8 + (buf[i++] - '0');
                            digits++;
                        }
                        if (v > 0xff) {
                            throw new FormatException(source, openLine, "octal escape out of range");
                        }
                        bytes[n++] = (byte) v;
                    } else {
                        throw new FormatException(source, openLine, "unknown escape \\" + e);
                    }
                }
            }
        }
        String s = new String(bytes, 0, n, StandardCharsets.UTF_8);
        if (decoded.length < s.length()) {
            decoded = new char[Math.max(decoded.length * 2, s.length())];
        }
        s.getChars(0, s.length(), decoded, 0);
        text = decoded;
        start = 0;
        length = s.length();
    }

    /**
     * Moves chars from {@code keep} on to the front of the buffer (growing it when a single token
     * fills it), shifts {@link #pos} with them and reads more. Returns false at end of input.
     * Callers subtract {@link #shifted} from their own saved indexes.
     */
    private boolean fill(int keep) throws IOException {
        shifted = 0;
        if (eof) {
            return false;
        }
        int kept = limit - keep;
        if (keep == 0 && kept == buf.length) {
            if (buf.length >= MAX_TOKEN) {
                throw new FormatException(source, tokenLine, String.format(
                        "a %s longer than %,d characters: not a netlist, or a damaged one",
                        kind == Kind.STRING ? "string" : "word", MAX_TOKEN));
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (kept > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        pos -= keep;
        shifted = keep;
        limit = kept;
        while (true) {
            int r;
            try {
                r = in.read(buf, limit, buf.length - limit);
                if (r < 0) {
                    endCheck.check();
                }
            } catch (ZipException | EOFException e) {
                // line: where the good text stops (see CtNetlistReader.GzipGuard)
                throw new FormatException(source, line,
                        "compressed data is corrupt or truncated (" + CtNetlistReader.gzipProblem(e) + ")");
            }
            if (r < 0) {
                eof = true;
                return false;
            }
            if (r > 0) {
                limit += r;
                return true;
            }
        }
    }
}
