package io.macroplace.netlist.ct;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.ct.CtTokenizer.Kind;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Unknown attributes and unknown NodeDef fields are skipped. A node named {@code __metadata__}
 * (CT writes it first) goes to {@link Netlist#metadata()}, values as written.
 *
 * <p>Line numbers in errors: node-level problems (missing attribute, duplicate name, unknown pin
 * macro) point at the node's {@code node} keyword; value problems at the value; inputs at the
 * {@code input:} line.
 */
public final class CtNetlistReader {
    private static final String METADATA = "__metadata__";

    // attribute keys we use, matched without allocating
    private static final String[] KEYS = {
        "type", "width", "height", "x", "y", "orientation", "macro_name", "x_offset", "y_offset",
        "weight", "side", "ref_name",
    };
    private static final int TYPE = 0;
    private static final int WIDTH = 1;
    private static final int HEIGHT = 2;
    private static final int X = 3;
    private static final int Y = 4;
    private static final int ORIENTATION = 5;
    private static final int MACRO_NAME = 6;
    private static final int X_OFFSET = 7;
    private static final int Y_OFFSET = 8;
    private static final int WEIGHT = 9;
    private static final int SIDE = 10;
    private static final int REF_NAME = 11;
    private static final int NUMERIC = 1 << WIDTH | 1 << HEIGHT | 1 << X | 1 << Y | 1 << X_OFFSET | 1 << Y_OFFSET
            | 1 << WEIGHT;

    private static final int T_MACRO = 0;
    private static final int T_MACRO_PIN = 1;
    private static final int T_PORT = 2;
    private static final int T_STDCELL = 3;
    private static final String[] TYPES = {"MACRO", "MACRO_PIN", "PORT", "STDCELL"};

    private final CtTokenizer tok;
    private final NetlistBuilder builder;

    // the node being read
    private int nodeLine;
    private String name;
    private int present; // bit per KEYS index
    private final double[] num = new double[KEYS.length];
    private int type;
    private boolean typeLowerMacro;
    private byte orientation;
    private PortSide side;
    private String macroName;
    private String refName;
    private int inputCount;
    private String[] inputs = new String[16];
    private int[] inputLines = new int[16];
    private int metaCount;
    private String[] metaKeys = new String[8];
    private String[] metaValues = new String[8];

    // the attr being read: its value may come before its key
    private int valueKind; // 0 none, 1 number, 2 string, 3 other scalar (bool)
    private double valueNumber;
    private char[] valueChars = new char[64];
    private int valueLength;
    private int valueLine;

    private CtNetlistReader(Reader reader, String source) {
        this.tok = new CtTokenizer(reader, source);
        this.builder = new NetlistBuilder(source);
    }

    /** Reads a file, gunzipping it when it starts with the gzip magic bytes (whatever its name). */
    public static Netlist read(Path path) throws IOException {
        String source = path.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = raw;
            if (b0 == 0x1f && b1 == 0x8b) {
                try {
                    in = new GZIPInputStream(raw, 1 << 16);
                } catch (ZipException | EOFException e) {
                    throw new FormatException(source, 0, "not a valid gzip file (" + e.getMessage() + ")");
                }
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        }
    }

    /** Reads protobuf text from a reader; {@code sourceName} names it in error messages. */
    public static Netlist read(Reader reader, String sourceName) throws IOException {
        return new CtNetlistReader(reader, sourceName).readAll();
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
        return builder.build();
    }

    private void readNode() throws IOException {
        nodeLine = tok.line();
        openMessage("node");
        name = null;
        present = 0;
        typeLowerMacro = false;
        orientation = (byte) Orientation.N.ordinal();
        side = PortSide.NONE;
        macroName = null;
        refName = null;
        inputCount = 0;
        metaCount = 0;
        while (true) {
            Kind k = tok.next();
            if (k == Kind.CLOSE) {
                break;
            }
            if (k == Kind.EOF) {
                throw tok.error("unexpected end of file: node opened at line " + nodeLine + " is not closed");
            }
            if (k != Kind.WORD) {
                throw tok.error("expected a field name in node but found " + tok.describe());
            }
            if (tok.textIs("name")) {
                expectColon();
                name = expectString("name");
            } else if (tok.textIs("input")) {
                expectColon();
                int line = tok.line();
                String sink = expectString("input");
                if (inputCount == inputs.length) {
                    inputs = Arrays.copyOf(inputs, inputCount * 2);
                    inputLines = Arrays.copyOf(inputLines, inputCount * 2);
                }
                inputs[inputCount] = sink;
                inputLines[inputCount++] = line;
            } else if (tok.textIs("attr")) {
                readAttr();
            } else {
                skipField();
            }
        }
        finishNode();
    }

    /** {@code attr { key: "K" value { ... } }}, key and value in either order. */
    private void readAttr() throws IOException {
        int attrLine = tok.line();
        openMessage("attr");
        int key = -2; // -2 not seen, -1 unknown key
        String keyText = null;
        valueKind = 0;
        boolean record = name == null || name.equals(METADATA);
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
                key = keyIndex();
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
            recordMeta(keyText);
        }
        if (key >= 0 && valueKind != 0) {
            apply(key);
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
                keepValue(2);
            } else if (tok.textIs("f") || tok.textIs("i")) {
                boolean integer = tok.textIs("i");
                expectColon();
                if (tok.next() != Kind.WORD) {
                    throw tok.error("expected a number but found " + tok.describe());
                }
                try {
                    valueNumber = integer
                            ? DecimalParser.parseLong(tok.text(), tok.start(), tok.length())
                            : DecimalParser.parse(tok.text(), tok.start(), tok.length());
                } catch (NumberFormatException e) {
                    throw tok.error(e.getMessage());
                }
                keepValue(1);
            } else if (tok.textIs("b")) {
                expectColon();
                if (tok.next() != Kind.WORD || !(tok.textIs("true") || tok.textIs("false"))) {
                    throw tok.error("expected true or false but found " + tok.describe());
                }
                keepValue(3);
            } else {
                skipField(); // list, shape, tensor...: not used by netlists
            }
        }
    }

    /** Copies the current token's text as the attr value (so a key that follows can still use it). */
    private void keepValue(int kind) {
        valueKind = kind;
        valueLine = tok.line();
        if (valueChars.length < tok.length()) {
            valueChars = new char[Math.max(tok.length(), valueChars.length * 2)];
        }
        System.arraycopy(tok.text(), tok.start(), valueChars, 0, tok.length());
        valueLength = tok.length();
    }

    private int keyIndex() {
        for (int i = 0; i < KEYS.length; i++) {
            if (tok.textIs(KEYS[i])) {
                return i;
            }
        }
        return -1;
    }

    private void apply(int key) throws FormatException {
        if ((NUMERIC & (1 << key)) != 0) {
            if (valueKind != 1) {
                throw valueError("attribute \"" + KEYS[key] + "\" needs a number (f: or i:)");
            }
            num[key] = valueNumber;
        } else {
            if (valueKind != 2) {
                throw valueError("attribute \"" + KEYS[key] + "\" needs a string (placeholder:)");
            }
            switch (key) {
                case TYPE -> {
                    type = -1;
                    for (int t = 0; t < TYPES.length; t++) {
                        if (valueEqualsIgnoreCase(TYPES[t])) {
                            type = t;
                        }
                    }
                    if (type < 0) {
                        throw valueError("unknown node type \"" + valueString()
                                + "\" (expected MACRO, MACRO_PIN, PORT or STDCELL)");
                    }
                    typeLowerMacro = type == T_MACRO && valueEquals("macro");
                }
                case ORIENTATION -> {
                    int o = -1;
                    for (Orientation candidate : Orientation.values()) {
                        if (valueEqualsIgnoreCase(candidate.name())) {
                            o = candidate.ordinal();
                        }
                    }
                    if (o < 0) {
                        throw valueError("unknown orientation \"" + valueString() + "\"");
                    }
                    orientation = (byte) o;
                }
                case SIDE -> {
                    side = null;
                    for (PortSide candidate : PortSide.values()) {
                        if (candidate != PortSide.NONE && valueEqualsIgnoreCase(candidate.name())) {
                            side = candidate;
                        }
                    }
                    if (side == null) {
                        throw valueError("unknown port side \"" + valueString() + "\" (expected TOP, BOTTOM, LEFT or RIGHT)");
                    }
                }
                case MACRO_NAME -> macroName = valueString();
                case REF_NAME -> refName = valueString();
                default -> throw new IllegalStateException("unhandled key " + KEYS[key]);
            }
        }
        present |= 1 << key;
    }

    private void recordMeta(String key) {
        if (valueKind == 0 || key == null) {
            return;
        }
        if (metaCount == metaKeys.length) {
            metaKeys = Arrays.copyOf(metaKeys, metaCount * 2);
            metaValues = Arrays.copyOf(metaValues, metaCount * 2);
        }
        metaKeys[metaCount] = key;
        metaValues[metaCount++] = valueString();
    }

    private void finishNode() throws FormatException {
        if (name == null) {
            throw new FormatException(tok.source(), nodeLine, "node without a name");
        }
        if (name.equals(METADATA)) {
            for (int i = 0; i < metaCount; i++) {
                builder.putMetadata(metaKeys[i], metaValues[i]);
            }
            return;
        }
        if (!has(TYPE)) {
            throw new FormatException(tok.source(), nodeLine, "node \"" + name + "\" has no type attribute");
        }
        double x = has(X) ? num[X] : Double.NaN;
        double y = has(Y) ? num[Y] : Double.NaN;
        int id;
        switch (type) {
            case T_MACRO -> {
                require(WIDTH, "MACRO");
                require(HEIGHT, "MACRO");
                boolean soft = typeLowerMacro || name.startsWith("Grp_");
                id = builder.addMacro(name, !soft, num[WIDTH], num[HEIGHT], x, y,
                        Orientation.ofOrdinal(orientation), nodeLine);
                if (has(WEIGHT)) {
                    builder.setWeight(id, num[WEIGHT]);
                }
                if (refName != null) {
                    builder.setRefName(id, refName);
                }
            }
            case T_MACRO_PIN -> {
                require(MACRO_NAME, "MACRO_PIN");
                id = builder.addPin(name, macroName, has(X_OFFSET) ? num[X_OFFSET] : 0.0,
                        has(Y_OFFSET) ? num[Y_OFFSET] : 0.0, x, y, has(WEIGHT) ? num[WEIGHT] : 1.0, nodeLine);
            }
            case T_PORT -> {
                id = builder.addPort(name, x, y, side, nodeLine);
                if (has(WEIGHT)) {
                    builder.setWeight(id, num[WEIGHT]);
                }
            }
            case T_STDCELL -> {
                require(WIDTH, "STDCELL");
                require(HEIGHT, "STDCELL");
                id = builder.addStdCell(name, num[WIDTH], num[HEIGHT], x, y, has(WEIGHT) ? num[WEIGHT] : 1.0,
                        refName, nodeLine);
            }
            default -> throw new IllegalStateException("unhandled type " + type);
        }
        for (int i = 0; i < inputCount; i++) {
            builder.addInput(id, inputs[i], inputLines[i]);
            inputs[i] = null;
        }
    }

    private boolean has(int key) {
        return (present & (1 << key)) != 0;
    }

    private void require(int key, String typeName) throws FormatException {
        if (!has(key)) {
            throw new FormatException(tok.source(), nodeLine,
                    typeName + " \"" + name + "\" has no " + KEYS[key] + " attribute");
        }
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
        return tok.textString();
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

    private FormatException valueError(String problem) {
        return new FormatException(tok.source(), valueLine, problem);
    }

    private String valueString() {
        return new String(valueChars, 0, valueLength);
    }

    private boolean valueEquals(String s) {
        if (valueLength != s.length()) {
            return false;
        }
        for (int i = 0; i < valueLength; i++) {
            if (valueChars[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean valueEqualsIgnoreCase(String upper) {
        if (valueLength != upper.length()) {
            return false;
        }
        for (int i = 0; i < valueLength; i++) {
            char c = valueChars[i];
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            if (c != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
