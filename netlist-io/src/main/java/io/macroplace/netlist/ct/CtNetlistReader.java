package io.macroplace.netlist.ct;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.InputFiles;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.ct.CtTokenizer.Kind;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a Circuit Training netlist ({@code netlist.pb.txt}, protobuf text of a GraphDef), plain or
 * gzipped, into a {@link Netlist}. Streaming: one pass over a {@link CtTokenizer}; attribute keys
 * and enum-like values are matched on the tokenizer's char ranges, numbers parsed in place.
 *
 * <p>Node kinds: {@code type} is compared case-insensitively; a MACRO is soft when its type is
 * written {@code macro} in lower case or its name starts with {@code Grp_}. Positions ({@code x},
 * {@code y}) are optional everywhere (NaN when absent, e.g. macros a .plc will place); sizes are
 * required for macros and standard cells, {@code macro_name} for pins; pin offsets default to 0.
 * Unknown attributes and unknown NodeDef or GraphDef fields are skipped. A node named
 * {@code __metadata__} (CT writes it first) goes to {@link Netlist#metadata()}, values as written.
 *
 * <p>Line numbers in errors: node-level problems (missing attribute, duplicate name, unknown pin
 * macro) point at the node's {@code node} keyword; value problems at the value; inputs at the
 * {@code input:} line; an unexpected end of file at the last line with content.
 */
public final class CtNetlistReader {
    private final CtTokenizer tok;
    private final NetlistBuilder builder;
    private final CtNode node;
    private final NameTable names = new NameTable();

    private CtNetlistReader(Reader reader, String source, CtTokenizer.EndCheck endCheck) {
        this.tok = new CtTokenizer(reader, source, endCheck);
        this.builder = new NetlistBuilder(source);
        this.node = new CtNode(source, names);
    }

    /** Reads a file, gunzipping it when it starts with the gzip magic bytes (whatever its name). */
    public static Netlist read(Path path) throws IOException {
        String source = path.toString();
        try (InputStream raw = new BufferedInputStream(InputFiles.open(path, source), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                GzipGuard in;
                try {
                    in = new GzipGuard(new GZIPInputStream(raw, 1 << 16));
                } catch (ZipException | EOFException e) {
                    // the header is what starts the file
                    throw new FormatException(source, 1, "not a valid gzip file: " + gzipProblem(e));
                }
                try {
                    return new CtNetlistReader(new InputStreamReader(in, StandardCharsets.UTF_8), source, in::check)
                            .readAll();
                } catch (FormatException e) {
                    throw in.damageBehind(e, source);
                }
            }
            return read(new InputStreamReader(raw, StandardCharsets.UTF_8), source);
        }
    }

    /** What went wrong in a gzip stream, in words: Java gives an end of input no message. */
    static String gzipProblem(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof EOFException ? "the data ends early" : "the data is corrupt";
    }

    /**
     * Turns a failure of the gzip stream into an early end of input, kept for {@link #check()}.
     * InputStreamReader decodes ahead and would drop the text it had decoded when the stream
     * throws; this way the tokenizer reads all good text first and reports the line where it stops.
     */
    private static final class GzipGuard extends FilterInputStream {
        private IOException failure;
        private boolean reported; // the tokenizer has reported the failure itself

        GzipGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                failure = e;
                return -1;
            }
        }

        void check() throws IOException {
            if (failure != null) {
                reported = true;
                throw failure;
            }
        }

        /**
         * A text error in a gzipped file may come from damage in the compressed data: deflate can
         * decode a damaged block into junk that only the checksum at the end exposes. Reads the
         * rest of the stream to see; returns the error to report, naming the damage if there is one.
         */
        FormatException damageBehind(FormatException textError, String source) {
            if (reported) {
                return textError;
            }
            try {
                byte[] skip = new byte[1 << 16];
                while (read(skip, 0, skip.length) >= 0) {
                    // drain to the checksum
                }
            } catch (IOException e) {
                failure = e;
            }
            if (failure == null) {
                return textError;
            }
            return new FormatException(source, textError.line(), "compressed data is corrupt or truncated ("
                    + gzipProblem(failure) + "); the text read goes wrong by here: " + textError.problem());
        }
    }

    /** Reads protobuf text from a reader (not closed); {@code sourceName} names it in error messages. */
    public static Netlist read(Reader reader, String sourceName) throws IOException {
        return new CtNetlistReader(reader, sourceName, () -> { }).readAll();
    }

    private Netlist readAll() throws IOException {
        while (tok.next() != Kind.EOF) {
            if (tok.kind() == Kind.WORD && tok.textIs("node")) {
                readNode();
            } else if (tok.kind() == Kind.WORD) {
                skipField(); // other GraphDef fields (versions, library)
            } else {
                throw tok.error("expected 'node' but found " + tok.describe());
            }
        }
        if (builder.nodeCount() == 0) {
            throw tok.error("no nodes: a netlist needs at least one node besides __metadata__");
        }
        return builder.build();
    }

    private void readNode() throws IOException {
        node.reset(tok.line());
        openMessage("node");
        while (true) {
            Kind k = tok.next();
            if (k == Kind.CLOSE) {
                break;
            }
            if (k == Kind.EOF) {
                throw tok.error("unexpected end of file: node opened at line " + node.line + " is not closed");
            }
            if (k != Kind.WORD) {
                throw tok.error("expected a field name in node but found " + tok.describe());
            }
            if (tok.textIs("name")) {
                expectColon();
                node.name = expectString("name");
            } else if (tok.textIs("input")) {
                expectColon();
                int line = tok.line();
                node.addInput(expectString("input"), line);
            } else if (tok.textIs("attr")) {
                readAttr();
            } else {
                skipField(); // op, device...
            }
        }
        node.addTo(builder);
    }

    /** {@code attr { key: "K" value { ... } }}, key and value in either order. */
    private void readAttr() throws IOException {
        int attrLine = tok.line();
        openMessage("attr");
        int key = -2; // -2 not seen, -1 a key we do not use
        String keyText = null;
        node.clearValue();
        boolean record = node.mayBeMetadata();
        while (true) {
            Kind k = tok.next();
            if (k == Kind.CLOSE) {
                break;
            }
            if (k == Kind.EOF) {
                throw tok.error("unexpected end of file: attr opened at line " + attrLine + " is not closed");
            }
            if (k != Kind.WORD) {
                throw tok.error("expected 'key' or 'value' in attr but found " + tok.describe());
            }
            if (tok.textIs("key")) {
                expectColon();
                if (tok.next() != Kind.STRING) {
                    throw tok.error("attr key must be a string, found " + tok.describe());
                }
                key = CtNode.keyIndex(tok);
                if (record) {
                    keyText = tok.textString();
                }
            } else if (tok.textIs("value")) {
                readValue();
            } else {
                skipField();
            }
        }
        if (key == -2) {
            throw new FormatException(tok.source(), attrLine, "attr without a key");
        }
        if (record) {
            node.recordMeta(keyText);
        }
        if (key >= 0 && node.hasValue()) {
            node.applyValue(key);
        }
    }

    /** {@code value { placeholder: "s" | f: 1.5 | i: 3 | s: "s" | b: true }}; other kinds are skipped. */
    private void readValue() throws IOException {
        openMessage("value");
        while (true) {
            Kind k = tok.next();
            if (k == Kind.CLOSE) {
                return;
            }
            if (k == Kind.EOF) {
                throw tok.error("unexpected end of file inside attr value");
            }
            if (k != Kind.WORD) {
                throw tok.error("expected a value field but found " + tok.describe());
            }
            if (tok.textIs("placeholder") || tok.textIs("s")) {
                expectColon();
                if (tok.next() != Kind.STRING) {
                    throw tok.error("expected a string but found " + tok.describe());
                }
                keep(CtNode.STRING, 0);
            } else if (tok.textIs("f") || tok.textIs("i")) {
                boolean integer = tok.textIs("i");
                expectColon();
                if (tok.next() != Kind.WORD) {
                    throw tok.error("expected a number but found " + tok.describe());
                }
                double v;
                try {
                    v = integer
                            ? DecimalParser.parseLong(tok.text(), tok.start(), tok.length())
                            : DecimalParser.parse(tok.text(), tok.start(), tok.length());
                } catch (NumberFormatException e) {
                    throw tok.error(e.getMessage());
                }
                keep(CtNode.NUMBER, v);
            } else if (tok.textIs("b")) {
                expectColon();
                if (tok.next() != Kind.WORD || !(tok.textIs("true") || tok.textIs("false"))) {
                    throw tok.error("expected true or false but found " + tok.describe());
                }
                keep(CtNode.OTHER, 0);
            } else {
                skipField(); // list, shape, tensor...: not used by netlists
            }
        }
    }

    private void keep(int kind, double number) {
        node.value(kind, number, tok.text(), tok.start(), tok.length(), tok.line());
    }

    // ---- token helpers ----

    /** After a message field name: an optional ':' then '{'. */
    private void openMessage(String what) throws IOException {
        Kind k = tok.next();
        if (k == Kind.COLON) {
            k = tok.next();
        }
        if (k != Kind.OPEN) {
            throw tok.error("expected '{' after " + what + " but found " + tok.describe());
        }
    }

    private void expectColon() throws IOException {
        if (tok.next() != Kind.COLON) {
            throw tok.error("expected ':' but found " + tok.describe());
        }
    }

    private String expectString(String field) throws IOException {
        if (tok.next() != Kind.STRING) {
            throw tok.error(field + " must be a string, found " + tok.describe());
        }
        return names.intern(tok.text(), tok.start(), tok.length());
    }

    /** Skips the rest of a field whose name was just read: {@code : scalar}, {@code : {...}} or {@code {...}}. */
    private void skipField() throws IOException {
        int fieldLine = tok.line();
        Kind k = tok.next();
        if (k == Kind.COLON) {
            k = tok.next();
            if (k == Kind.WORD || k == Kind.STRING) {
                return;
            }
        }
        if (k != Kind.OPEN) {
            throw tok.error("expected a value or '{' but found " + tok.describe());
        }
        int depth = 1;
        while (depth > 0) {
            k = tok.next();
            if (k == Kind.OPEN) {
                depth++;
            } else if (k == Kind.CLOSE) {
                depth--;
            } else if (k == Kind.EOF) {
                throw tok.error("unexpected end of file: block opened at line " + fieldLine + " is not closed");
            }
        }
    }
}
