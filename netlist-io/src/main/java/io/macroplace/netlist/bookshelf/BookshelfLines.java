package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.LineReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tokenised lines of one Bookshelf file: CR/LF/CRLF line ends, tabs and spaces, {@code #}
 * comments (seen by an {@link #onComment} handler), blank lines and the {@code UCLA ...} header line
 * are skipped; {@code :} is always a
 * token of its own ({@code NetDegree:3} reads as {@code NetDegree : 3}). Tracks the line number
 * for error messages, which name the file by its path as given.
 */
final class BookshelfLines implements Closeable {
    private final LineReader in;
    private final String file;
    private int line;
    private String[] tokens = new String[16];
    private int count;
    private String comment;
    private CommentHandler comments;

    /** Gets the text of every {@code #} comment, stripped, with its line. */
    @FunctionalInterface
    interface CommentHandler {
        void accept(String comment, int line) throws FormatException;
    }

    private BookshelfLines(LineReader in, String file) {
        this.in = in;
        this.file = file;
    }

    /**
     * @param namedAt where the file was named (the .aux file and line), for a missing-file error
     */
    static BookshelfLines open(Path path, String auxFile, int namedAt) throws IOException {
        try {
            // UTF-8 like the writer; malformed bytes are replaced, lines are limited in length
            return new BookshelfLines(LineReader.open(path, path.toString()), path.toString());
        } catch (NoSuchFileException e) {
            throw new FormatException(auxFile, namedAt, "file " + path.getFileName() + " named here does not exist");
        } catch (FileSystemException e) {
            // a name too long, a path through a file...: the .aux names something that cannot be opened
            throw new FormatException(auxFile, namedAt, "file " + path.getFileName() + " named here cannot be opened"
                    + (e.getReason() != null ? ": " + e.getReason() : ""));
        }
    }

    /** Advances to the next line with tokens; false at end of file. */
    boolean next() throws IOException {
        while (true) {
            String s = in.readLine();
            if (s == null) {
                count = 0;
                return false;
            }
            line++;
            tokenise(s);
            if (comment != null && comments != null) {
                comments.accept(comment, line);
            }
            if (count > 0 && !tokens[0].equals("UCLA")) {
                return true;
            }
        }
    }

    private void tokenise(String s) {
        count = 0;
        comment = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                comment = s.substring(i + 1).strip();
                return;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
                continue;
            }
            int start = i;
            if (c == ':') {
                i++;
            } else {
                while (i < n) {
                    char d = s.charAt(i);
                    if (d == ' ' || d == '\t' || d == '\r' || d == '\f' || d == ':' || d == '#') {
                        break;
                    }
                    i++;
                }
            }
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, count * 2);
            }
            tokens[count++] = s.substring(start, i);
        }
    }

    int size() {
        return count;
    }

    String token(int i) {
        return tokens[i];
    }

    /** Hands every comment from here on, comment-only lines included, to {@code handler}. */
    void onComment(CommentHandler handler) {
        this.comments = handler;
    }

    int line() {
        return line;
    }

    String file() {
        return file;
    }

    FormatException error(String problem) {
        return new FormatException(file, line, problem);
    }

    /** The line as {@code KEY : value}, e.g. {@code NumNodes : 5}; returns the value. */
    String keyValue(String key) throws FormatException {
        if (count != 3 || !tokens[0].equalsIgnoreCase(key) || !tokens[1].equals(":")) {
            throw error("expected \"" + key + " : value\", found \"" + joined() + "\"");
        }
        return tokens[2];
    }

    double number(int i) throws FormatException {
        if (i >= count) {
            throw error("line ends where a number was expected");
        }
        try {
            double v = Double.parseDouble(tokens[i]);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("bad number \"" + tokens[i] + "\"");
    }

    int integer(int i) throws FormatException {
        if (i >= count) {
            throw error("line ends where a count was expected");
        }
        try {
            int v = Integer.parseInt(tokens[i]);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("bad count \"" + tokens[i] + "\"");
    }

    String joined() {
        return String.join(" ", Arrays.copyOf(tokens, count));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
