package io.macroplace.netlist.ct;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;

import java.util.Arrays;

/**
 * The fields of the node block being read, reused from node to node so that reading allocates
 * only the strings it keeps (names, inputs, macro and master names). Attribute values arrive one
 * at a time through {@link #value}; {@link #applyValue} files the value under its key, matching
 * keys and enum-like values on char ranges. {@link #addTo} checks what the node's type requires
 * and hands it to the {@link NetlistBuilder}.
 */
final class CtNode {
    static final String METADATA = "__metadata__";

    /** Kinds of attribute value. */
    static final int NONE = 0;
    static final int NUMBER = 1;
    static final int STRING = 2;
    static final int OTHER = 3;

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

    private final String source;
    private final NameTable names;

    int line;
    String name;
    private int present; // bit per KEYS index
    private final double[] num = new double[KEYS.length];
    private final int[] numLine = new int[KEYS.length];
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

    // the value of the attr being read (it may come before its key)
    private int valueKind;
    private double valueNumber;
    private char[] valueChars = new char[64];
    private int valueLength;
    private int valueLine;

    CtNode(String source, NameTable names) {
        this.source = source;
        this.names = names;
    }

    /** Starts a node block opened at {@code line}. */
    void reset(int line) {
        this.line = line;
        name = null;
        present = 0;
        typeLowerMacro = false;
        orientation = (byte) Orientation.N.ordinal();
        side = PortSide.NONE;
        macroName = null;
        refName = null;
        for (int i = 0; i < inputCount; i++) {
            inputs[i] = null;
        }
        inputCount = 0;
        metaCount = 0;
    }

    void addInput(String sink, int line) {
        if (inputCount == inputs.length) {
            inputs = Arrays.copyOf(inputs, inputCount * 2);
            inputLines = Arrays.copyOf(inputLines, inputCount * 2);
        }
        inputs[inputCount] = sink;
        inputLines[inputCount++] = line;
    }

    /** Attrs are recorded as metadata strings while the node may be {@code __metadata__}. */
    boolean mayBeMetadata() {
        return name == null || name.equals(METADATA);
    }

    /** Starts an attr: no value yet. */
    void clearValue() {
        valueKind = NONE;
    }

    boolean hasValue() {
        return valueKind != NONE;
    }

    /** Keeps a value: its text as written (chars copied), and for numbers the parsed value. */
    void value(int kind, double number, char[] text, int start, int length, int line) {
        valueKind = kind;
        valueNumber = number;
        valueLine = line;
        if (valueChars.length < length) {
            valueChars = new char[Math.max(length, valueChars.length * 2)];
        }
        System.arraycopy(text, start, valueChars, 0, length);
        valueLength = length;
    }

    /** Index of a known key in a char range, or -1 for keys this reader does not use. */
    static int keyIndex(CtTokenizer tok) {
        for (int i = 0; i < KEYS.length; i++) {
            if (tok.textIs(KEYS[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Files the current value under a known key. */
    void applyValue(int key) throws FormatException {
        if ((NUMERIC & (1 << key)) != 0) {
            if (valueKind != NUMBER) {
                throw valueError("attribute \"" + KEYS[key] + "\" needs a number (f: or i:)");
            }
            num[key] = valueNumber;
            numLine[key] = valueLine;
        } else {
            if (valueKind != STRING) {
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
                    // CT's rule: a type written in lower case "macro" is a soft macro
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
                        throw valueError("unknown port side \"" + valueString()
                                + "\" (expected TOP, BOTTOM, LEFT or RIGHT)");
                    }
                }
                case MACRO_NAME -> macroName = names.intern(valueChars, 0, valueLength);
                case REF_NAME -> refName = valueString();
                default -> throw new IllegalStateException("unhandled key " + KEYS[key]);
            }
        }
        present |= 1 << key;
    }

    /** Records the current value as a metadata setting, as written. */
    void recordMeta(String key) {
        if (valueKind == NONE || key == null) {
            return;
        }
        if (metaCount == metaKeys.length) {
            metaKeys = Arrays.copyOf(metaKeys, metaCount * 2);
            metaValues = Arrays.copyOf(metaValues, metaCount * 2);
        }
        metaKeys[metaCount] = key;
        metaValues[metaCount++] = valueString();
    }

    /** Checks the finished node and adds it (or its metadata) to the builder. */
    void addTo(NetlistBuilder builder) throws FormatException {
        if (name == null) {
            throw new FormatException(source, line, "node without a name");
        }
        if (name.equals(METADATA)) {
            for (int i = 0; i < metaCount; i++) {
                builder.putMetadata(metaKeys[i], metaValues[i]);
            }
            return;
        }
        if (!has(TYPE)) {
            throw new FormatException(source, line, "node \"" + name + "\" has no type attribute");
        }
        checkNumbers();
        double x = has(X) ? num[X] : Double.NaN;
        double y = has(Y) ? num[Y] : Double.NaN;
        int id;
        switch (type) {
            case T_MACRO -> {
                require(WIDTH, "MACRO");
                require(HEIGHT, "MACRO");
                boolean soft = typeLowerMacro || name.startsWith("Grp_");
                id = builder.addMacro(name, !soft, num[WIDTH], num[HEIGHT], x, y,
                        Orientation.ofOrdinal(orientation), line);
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
                        has(Y_OFFSET) ? num[Y_OFFSET] : 0.0, x, y, has(WEIGHT) ? num[WEIGHT] : 1.0, line);
            }
            case T_PORT -> {
                id = builder.addPort(name, x, y, side, line);
                if (has(WEIGHT)) {
                    builder.setWeight(id, num[WEIGHT]);
                }
            }
            case T_STDCELL -> {
                require(WIDTH, "STDCELL");
                require(HEIGHT, "STDCELL");
                id = builder.addStdCell(name, num[WIDTH], num[HEIGHT], x, y, has(WEIGHT) ? num[WEIGHT] : 1.0,
                        refName, line);
            }
            default -> throw new IllegalStateException("unhandled type " + type);
        }
        for (int i = 0; i < inputCount; i++) {
            builder.addInput(id, inputs[i], inputLines[i]);
        }
    }

    /**
     * Coordinates, offsets, sizes and weights must be finite (an absent attribute, not inf or nan,
     * says "no position"); sizes and weights must not be negative. A weight is a net weight (N
     * for a soft-macro pin standing for N merged wires), so 0 is the least it can be.
     */
    private void checkNumbers() throws FormatException {
        for (int key = 0; key < KEYS.length; key++) {
            if ((NUMERIC & (1 << key)) == 0 || !has(key)) {
                continue;
            }
            double v = num[key];
            if (!Double.isFinite(v)) {
                throw new FormatException(source, numLine[key], "attribute \"" + KEYS[key] + "\" of \"" + name
                        + "\" is " + CtNetlistWriter.format(v) + "; it must be a finite number");
            }
            if ((key == WIDTH || key == HEIGHT || key == WEIGHT) && v < 0) {
                throw new FormatException(source, numLine[key], "attribute \"" + KEYS[key] + "\" of \"" + name
                        + "\" is " + CtNetlistWriter.format(v) + "; a " + KEYS[key] + " cannot be negative");
            }
        }
    }

    private boolean has(int key) {
        return (present & (1 << key)) != 0;
    }

    private void require(int key, String typeName) throws FormatException {
        if (!has(key)) {
            throw new FormatException(source, line, typeName + " \"" + name + "\" has no " + KEYS[key] + " attribute");
        }
    }

    private FormatException valueError(String problem) {
        return new FormatException(source, valueLine, problem);
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
