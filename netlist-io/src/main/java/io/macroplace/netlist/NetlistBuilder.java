package io.macroplace.netlist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects nodes and connections in file order, then checks and freezes them into a
 * {@link Netlist}. Names may be referenced before they are defined (a pin before its macro, an
 * {@code input:} before its sink); they are resolved in {@link #build()}. Every problem is
 * reported as a {@link FormatException} with the source line given when the node was added.
 */
public final class NetlistBuilder {
    private final String source;
    private int n;
    private String[] names = new String[1024];
    private byte[] kinds = new byte[1024];
    private double[] width = new double[1024];
    private double[] height = new double[1024];
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private byte[] orientation = new byte[1024];
    private double[] weight = new double[1024];
    private byte[] side = new byte[1024];
    private String[] refName = new String[1024];
    private String[] pinMacroName = new String[1024];
    private double[] pinOffsetX = new double[1024];
    private double[] pinOffsetY = new double[1024];
    private int[] line = new int[1024];
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    // input edges: driver id, sink name, source line; kept in insertion order
    private int edgeCount;
    private int[] edgeDriver = new int[1024];
    private String[] edgeSink = new String[1024];
    private int[] edgeLine = new int[1024];

    // explicit nets (addNet): CSR over sink ids, kept in insertion order, appended after the
    // input-derived nets; they let one driver drive several nets (Bookshelf cells do)
    private int extraNets;
    private int[] extraDriver = new int[64];
    private double[] extraWeight = new double[64];
    private int[] extraLine = new int[64];
    private int[] extraSinkEnd = new int[64];
    private int extraSinkCount;
    private int[] extraSinks = new int[256];

    /** @param source file name used in error messages */
    public NetlistBuilder(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public int nodeCount() {
        return n;
    }

    public void putMetadata(String key, String value) {
        metadata.put(key, value);
    }

    public int addPort(String name, double x, double y, PortSide side, int line) throws FormatException {
        int id = add(name, NodeKind.PORT, 0, 0, x, y, line);
        this.side[id] = (byte) side.ordinal();
        return id;
    }

    public int addMacro(String name, boolean hard, double width, double height, double x, double y,
                        Orientation orientation, int line) throws FormatException {
        int id = add(name, hard ? NodeKind.HARD_MACRO : NodeKind.SOFT_MACRO, width, height, x, y, line);
        this.orientation[id] = (byte) orientation.ordinal();
        return id;
    }

    /**
     * A macro pin. Its kind (hard or soft) follows its macro, resolved at build time.
     *
     * @param x absolute x if the netlist gives one, else NaN
     */
    public int addPin(String name, String macroName, double offsetX, double offsetY, double x, double y,
                      double weight, int line) throws FormatException {
        checkWeight(name, weight, line);
        if (!Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new FormatException(source, line, "pin \"" + name + "\" has a non-finite offset");
        }
        int id = add(name, NodeKind.HARD_MACRO_PIN, 0, 0, x, y, line);
        pinMacroName[id] = macroName;
        pinOffsetX[id] = offsetX;
        pinOffsetY[id] = offsetY;
        this.weight[id] = weight;
        return id;
    }

    public int addStdCell(String name, double width, double height, double x, double y, double weight,
                          String refName, int line) throws FormatException {
        checkWeight(name, weight, line);
        int id = add(name, NodeKind.STDCELL, width, height, x, y, line);
        this.weight[id] = weight;
        this.refName[id] = refName;
        return id;
    }

    /**
     * Sets the weight attribute of a port or macro (pins and cells take it in their add method).
     *
     * @throws IllegalArgumentException for a weight that is negative or not finite (readers check
     *         the value where they read it, to report its line)
     */
    public void setWeight(int node, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of \"" + names[node] + "\" must be finite and >= 0, got " + weight);
        }
        this.weight[node] = weight;
    }

    private void checkWeight(String name, double w, int srcLine) throws FormatException {
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new FormatException(source, srcLine, "node \"" + name + "\" has weight " + w
                    + "; a weight must be a finite number >= 0");
        }
    }

    /** Sets the master (ref_name) of a macro; cells take it in {@link #addStdCell}. */
    public void setRefName(int node, String refName) {
        this.refName[node] = refName;
    }

    /** Records that {@code driver}'s output drives the node named {@code sinkName}. */
    public void addInput(int driver, String sinkName, int line) {
        if (edgeCount == edgeDriver.length) {
            int cap = edgeCount * 2;
            edgeDriver = Arrays.copyOf(edgeDriver, cap);
            edgeSink = Arrays.copyOf(edgeSink, cap);
            edgeLine = Arrays.copyOf(edgeLine, cap);
        }
        edgeDriver[edgeCount] = driver;
        edgeSink[edgeCount] = sinkName;
        edgeLine[edgeCount] = line;
        edgeCount++;
    }

    /**
     * Adds a net with its own weight, given by node ids, as a separate net even when the driver
     * already drives one (Bookshelf cells may drive several nets; a .pb.txt cannot say that).
     * Explicit nets come after the input-derived nets, in the order added; {@link
     * Netlist#netOfDriver} still names the first net a node drives.
     *
     * @param driver id returned by an add method
     * @param sinks  ids of the other pins of the net, in order (copied)
     * @param weight net weight, finite and >= 0 (NaN: the driver's, as {@link #addNet(int, int[], int)})
     */
    public void addNet(int driver, int[] sinks, double weight, int line) {
        if (extraNets == extraDriver.length) {
            int cap = extraNets * 2;
            extraDriver = Arrays.copyOf(extraDriver, cap);
            extraWeight = Arrays.copyOf(extraWeight, cap);
            extraLine = Arrays.copyOf(extraLine, cap);
            extraSinkEnd = Arrays.copyOf(extraSinkEnd, cap);
        }
        if (extraSinkCount + sinks.length > extraSinks.length) {
            extraSinks = Arrays.copyOf(extraSinks, Math.max(extraSinks.length * 2, extraSinkCount + sinks.length));
        }
        System.arraycopy(sinks, 0, extraSinks, extraSinkCount, sinks.length);
        extraSinkCount += sinks.length;
        extraDriver[extraNets] = driver;
        extraWeight[extraNets] = weight;
        extraLine[extraNets] = line;
        extraSinkEnd[extraNets] = extraSinkCount;
        extraNets++;
    }

    /**
     * {@link #addNet(int, int[], double, int)} weighted like an input-derived net: the driver's
     * weight as it stands at {@link #build()} (ports 1).
     */
    public void addNet(int driver, int[] sinks, int line) {
        addNet(driver, sinks, Double.NaN, line);
    }

    private int add(String name, NodeKind kind, double w, double h, double px, double py, int srcLine)
            throws FormatException {
        if (name == null || name.isEmpty()) {
            throw new FormatException(source, srcLine, "node without a name");
        }
        if (!(w >= 0 && h >= 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
            throw new FormatException(source, srcLine, "node \"" + name + "\" has a negative or non-finite size");
        }
        if (Double.isInfinite(px) || Double.isInfinite(py)) { // NaN: no position given
            throw new FormatException(source, srcLine, "node \"" + name + "\" has a non-finite position");
        }
        Integer previous = index.putIfAbsent(name, n);
        if (previous != null) {
            throw new FormatException(source, srcLine,
                    "duplicate node name \"" + name + "\" (first defined at line " + line[previous] + ")");
        }
        if (n == names.length) {
            grow(n * 2);
        }
        int id = n++;
        names[id] = name;
        kinds[id] = (byte) kind.ordinal();
        width[id] = w;
        height[id] = h;
        x[id] = px;
        y[id] = py;
        weight[id] = 1.0;
        line[id] = srcLine;
        return id;
    }

    private void grow(int cap) {
        names = Arrays.copyOf(names, cap);
        kinds = Arrays.copyOf(kinds, cap);
        width = Arrays.copyOf(width, cap);
        height = Arrays.copyOf(height, cap);
        x = Arrays.copyOf(x, cap);
        y = Arrays.copyOf(y, cap);
        orientation = Arrays.copyOf(orientation, cap);
        weight = Arrays.copyOf(weight, cap);
        side = Arrays.copyOf(side, cap);
        refName = Arrays.copyOf(refName, cap);
        pinMacroName = Arrays.copyOf(pinMacroName, cap);
        pinOffsetX = Arrays.copyOf(pinOffsetX, cap);
        pinOffsetY = Arrays.copyOf(pinOffsetY, cap);
        line = Arrays.copyOf(line, cap);
    }

    /** Resolves names, checks references and freezes the netlist. */
    public Netlist build() throws FormatException {
        Parts p = new Parts();
        p.names = Arrays.copyOf(names, n);
        p.kinds = Arrays.copyOf(kinds, n);
        p.width = Arrays.copyOf(width, n);
        p.height = Arrays.copyOf(height, n);
        p.x = Arrays.copyOf(x, n);
        p.y = Arrays.copyOf(y, n);
        p.orientation = Arrays.copyOf(orientation, n);
        p.weight = Arrays.copyOf(weight, n);
        p.side = Arrays.copyOf(side, n);
        p.refName = Arrays.copyOf(refName, n);
        p.pinOffsetX = Arrays.copyOf(pinOffsetX, n);
        p.pinOffsetY = Arrays.copyOf(pinOffsetY, n);
        p.source = source;
        p.line = Arrays.copyOf(line, n);
        // copies: the builder may go on (or be reused) after build(); the netlist must not change
        p.index = new HashMap<>(index);
        p.metadata = new LinkedHashMap<>(metadata);

        // pins -> macros; pin hardness follows the macro
        p.pinMacro = new int[n];
        int[] pinsPerMacro = new int[n + 1];
        for (int i = 0; i < n; i++) {
            p.pinMacro[i] = -1;
            if (pinMacroName[i] == null) {
                continue;
            }
            Integer m = index.get(pinMacroName[i]);
            if (m == null) {
                throw new FormatException(source, line[i],
                        "pin \"" + names[i] + "\" names unknown macro \"" + pinMacroName[i] + "\"");
            }
            NodeKind mk = NodeKind.ofOrdinal(kinds[m]);
            if (!mk.isMacro()) {
                throw new FormatException(source, line[i],
                        "pin \"" + names[i] + "\" names \"" + pinMacroName[i] + "\", which is a " + mk + ", not a macro");
            }
            p.pinMacro[i] = m;
            p.kinds[i] = (byte) (mk == NodeKind.HARD_MACRO ? NodeKind.HARD_MACRO_PIN : NodeKind.SOFT_MACRO_PIN).ordinal();
            pinsPerMacro[m + 1]++;
        }
        p.macroPinStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            p.macroPinStart[i + 1] = p.macroPinStart[i] + pinsPerMacro[i + 1];
        }
        p.macroPins = new int[p.macroPinStart[n]];
        int[] fill = Arrays.copyOf(p.macroPinStart, n);
        for (int i = 0; i < n; i++) {
            if (p.pinMacro[i] >= 0) {
                p.macroPins[fill[p.pinMacro[i]]++] = i;
            }
        }

        buildNets(p);
        return new Netlist(p);
    }

    private void buildNets(Parts p) throws FormatException {
        // edges were added driver by driver; group them stably by driver (a driver's inputs may be
        // interleaved with others' only if a reader adds them out of order)
        int[] sinksPerDriver = new int[n];
        int[] sinkIds = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            Integer s = index.get(edgeSink[e]);
            if (s == null) {
                throw new FormatException(source, edgeLine[e],
                        "input \"" + edgeSink[e] + "\" of \"" + names[edgeDriver[e]] + "\" names an unknown node");
            }
            if (NodeKind.ofOrdinal(p.kinds[s]).isMacro()) {
                throw new FormatException(source, edgeLine[e],
                        "input \"" + edgeSink[e] + "\" names a macro; nets connect pins, ports and cells");
            }
            sinkIds[e] = s;
            sinksPerDriver[edgeDriver[e]]++;
        }
        int nets = 0;
        int pins = 0;
        for (int i = 0; i < n; i++) {
            if (sinksPerDriver[i] > 0) {
                if (NodeKind.ofOrdinal(p.kinds[i]).isMacro()) {
                    throw new FormatException(source, line[i],
                            "macro \"" + names[i] + "\" has inputs; nets are driven by pins, ports and cells");
                }
                nets++;
                pins += 1 + sinksPerDriver[i];
            }
        }
        int inputNets = nets;
        for (int k = 0; k < extraNets; k++) {
            int from = k == 0 ? 0 : extraSinkEnd[k - 1];
            checkExplicitNet(p, k, from);
            pins += 1 + extraSinkEnd[k] - from;
        }
        nets += extraNets;
        p.netStart = new int[nets + 1];
        p.netPins = new int[pins];
        p.netWeight = new double[nets];
        p.netOfDriver = new int[n];
        Arrays.fill(p.netOfDriver, -1);
        int[] cursor = new int[n];
        int net = 0;
        int pos = 0;
        for (int i = 0; i < n; i++) {
            if (sinksPerDriver[i] == 0) {
                continue;
            }
            p.netOfDriver[i] = net;
            p.netStart[net] = pos;
            p.netWeight[net] = p.kinds[i] == NodeKind.PORT.ordinal() ? 1.0 : p.weight[i];
            p.netPins[pos] = i;
            cursor[i] = pos + 1;
            pos += 1 + sinksPerDriver[i];
            net++;
        }
        for (int e = 0; e < edgeCount; e++) {
            p.netPins[cursor[edgeDriver[e]]++] = sinkIds[e];
        }
        for (int k = 0; k < extraNets; k++) {
            int from = k == 0 ? 0 : extraSinkEnd[k - 1];
            int d = extraDriver[k];
            if (p.netOfDriver[d] < 0) {
                p.netOfDriver[d] = net;
            }
            p.netStart[net] = pos;
            p.netWeight[net] = !Double.isNaN(extraWeight[k]) ? extraWeight[k]
                    : p.kinds[d] == NodeKind.PORT.ordinal() ? 1.0 : p.weight[d];
            p.netPins[pos++] = d;
            System.arraycopy(extraSinks, from, p.netPins, pos, extraSinkEnd[k] - from);
            pos += extraSinkEnd[k] - from;
            net++;
        }
        assert net == inputNets + extraNets;
        p.netStart[nets] = pos;
    }

    private void checkExplicitNet(Parts p, int k, int from) throws FormatException {
        int d = extraDriver[k];
        if (d < 0 || d >= n) {
            throw new FormatException(source, extraLine[k], "net driver id " + d + " is not a node");
        }
        if (NodeKind.ofOrdinal(p.kinds[d]).isMacro()) {
            throw new FormatException(source, extraLine[k],
                    "macro \"" + names[d] + "\" drives a net; nets are driven by pins, ports and cells");
        }
        if (extraWeight[k] < 0 || Double.isInfinite(extraWeight[k])) { // NaN: the driver's weight
            throw new FormatException(source, extraLine[k], "net weight " + extraWeight[k] + " is negative or not finite");
        }
        for (int i = from; i < extraSinkEnd[k]; i++) {
            int s = extraSinks[i];
            if (s < 0 || s >= n) {
                throw new FormatException(source, extraLine[k], "net sink id " + s + " is not a node");
            }
            if (NodeKind.ofOrdinal(p.kinds[s]).isMacro()) {
                throw new FormatException(source, extraLine[k],
                        "net sink \"" + names[s] + "\" is a macro; nets connect pins, ports and cells");
            }
        }
    }

    /** The frozen arrays handed to the Netlist constructor. */
    static final class Parts {
        String source;
        int[] line;
        String[] names;
        byte[] kinds;
        double[] width;
        double[] height;
        double[] x;
        double[] y;
        byte[] orientation;
        double[] weight;
        byte[] side;
        String[] refName;
        int[] pinMacro;
        double[] pinOffsetX;
        double[] pinOffsetY;
        int[] macroPinStart;
        int[] macroPins;
        int[] netStart;
        int[] netPins;
        double[] netWeight;
        int[] netOfDriver;
        Map<String, Integer> index;
        Map<String, String> metadata;
    }
}
