package io.macroplace.netlist;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An immutable netlist: nodes (ports, hard and soft macros, their pins, standard cells) with int
 * ids in file order, and nets stored as CSR arrays. Built once by {@link NetlistBuilder}.
 *
 * <p>Node ids are the .plc node indexes ({@code __metadata__} is not a node). A net is one driver
 * (a node whose {@code input:} list names its sinks) plus those sinks; {@link #netPin(int)} at
 * {@link #netStart(int)} is the driver. Cost kernels copy what they need into their own flat arrays
 * once; accessors here are for building those, for I/O and for reports.
 */
public final class Netlist {
    private final String[] names;
    private final byte[] kinds;
    private final double[] width;
    private final double[] height;
    private final double[] x;
    private final double[] y;
    private final byte[] orientation;
    private final double[] weight;
    private final byte[] side;
    private final String[] refName;
    private final int[] pinMacro;
    private final double[] pinOffsetX;
    private final double[] pinOffsetY;
    private final int[] macroPinStart;
    private final int[] macroPins;
    private final int[] netStart;
    private final int[] netPins;
    private final double[] netWeight;
    private final int[] netOfDriver;
    private final int[] kindCounts;
    private final int[][] nodesOfKind;
    private final Map<String, Integer> index;
    private final Map<String, String> metadata;
    private final String source;
    private final int[] line;

    Netlist(NetlistBuilder.Parts p) {
        this.source = p.source;
        this.line = p.line;
        this.names = p.names;
        this.kinds = p.kinds;
        this.width = p.width;
        this.height = p.height;
        this.x = p.x;
        this.y = p.y;
        this.orientation = p.orientation;
        this.weight = p.weight;
        this.side = p.side;
        this.refName = p.refName;
        this.pinMacro = p.pinMacro;
        this.pinOffsetX = p.pinOffsetX;
        this.pinOffsetY = p.pinOffsetY;
        this.macroPinStart = p.macroPinStart;
        this.macroPins = p.macroPins;
        this.netStart = p.netStart;
        this.netPins = p.netPins;
        this.netWeight = p.netWeight;
        this.netOfDriver = p.netOfDriver;
        this.index = Collections.unmodifiableMap(p.index);
        this.metadata = Collections.unmodifiableMap(p.metadata);
        NodeKind[] all = NodeKind.values();
        this.kindCounts = new int[all.length];
        for (byte k : kinds) {
            kindCounts[k]++;
        }
        this.nodesOfKind = new int[all.length][];
        for (NodeKind k : all) {
            nodesOfKind[k.ordinal()] = new int[kindCounts[k.ordinal()]];
        }
        int[] fill = new int[all.length];
        for (int i = 0; i < kinds.length; i++) {
            nodesOfKind[kinds[i]][fill[kinds[i]]++] = i;
        }
    }

    // ---- where it came from ----

    /** The file (or other source) the netlist was read from, as its reader named it in errors. */
    public String source() {
        return source;
    }

    /**
     * The line of {@link #source()} that defines a node, for error messages about it; 0 where the
     * node has no line of its own (generated designs, macro pins a Bookshelf reader makes).
     */
    public int line(int node) {
        return line[node];
    }

    // ---- nodes ----

    public int nodeCount() {
        return names.length;
    }

    public String name(int node) {
        return names[node];
    }

    public NodeKind kind(int node) {
        return NodeKind.ofOrdinal(kinds[node]);
    }

    /** Node id of a name, if the netlist has it. */
    public OptionalInt find(String name) {
        Integer id = index.get(name);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** Width in microns (0 for ports and pins). */
    public double width(int node) {
        return width[node];
    }

    public double height(int node) {
        return height[node];
    }

    /** Centre x as written in the netlist (NaN where the netlist gives none). */
    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public Orientation orientation(int node) {
        return Orientation.ofOrdinal(orientation[node]);
    }

    /** The node's {@code weight} attribute (1 where absent). */
    public double weight(int node) {
        return weight[node];
    }

    public PortSide side(int node) {
        return PortSide.values()[side[node]];
    }

    /** Master name (ref_name) of a standard cell or macro, or null. */
    public String refName(int node) {
        return refName[node];
    }

    /** For a macro pin: the id of its macro; -1 for any other node. */
    public int pinMacro(int node) {
        return pinMacro[node];
    }

    /** For a macro pin: x offset from the macro centre in orientation N; 0 otherwise. */
    public double pinOffsetX(int node) {
        return pinOffsetX[node];
    }

    public double pinOffsetY(int node) {
        return pinOffsetY[node];
    }

    /** Number of pins of a macro (0 for other nodes). */
    public int macroPinCount(int macro) {
        return macroPinStart[macro + 1] - macroPinStart[macro];
    }

    /** The i-th pin of a macro, i in [0, macroPinCount). */
    public int macroPin(int macro, int i) {
        return macroPins[macroPinStart[macro] + i];
    }

    public int count(NodeKind kind) {
        return kindCounts[kind.ordinal()];
    }

    /** Ids of all nodes of a kind, ascending (a fresh copy). */
    public int[] nodesOf(NodeKind kind) {
        return nodesOfKind[kind.ordinal()].clone();
    }

    /** Settings from the {@code __metadata__} node, in file order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    // ---- nets ----

    public int netCount() {
        return netWeight.length;
    }

    /** Offset of the net's first pin (its driver) in the pin list. */
    public int netStart(int net) {
        return netStart[net];
    }

    /** One past the net's last pin in the pin list. */
    public int netEnd(int net) {
        return netStart[net + 1];
    }

    public int netSize(int net) {
        return netStart[net + 1] - netStart[net];
    }

    /** Total number of net pins (driver and sinks, over all nets). */
    public int netPinCount() {
        return netPins.length;
    }

    /** Node id at a position of the CSR pin list. */
    public int netPin(int position) {
        return netPins[position];
    }

    public int netDriver(int net) {
        return netPins[netStart[net]];
    }

    /** Net weight: the driver's weight attribute; ports always weigh 1. */
    public double netWeight(int net) {
        return netWeight[net];
    }

    /** The net a node drives, or -1. */
    public int netOfDriver(int node) {
        return netOfDriver[node];
    }

    /** Copies of the CSR arrays: net start offsets (netCount + 1) and pin node ids. */
    public int[] netStarts() {
        return netStart.clone();
    }

    public int[] netPinNodes() {
        return netPins.clone();
    }
}
