package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/** Adds the nodes to a netlist builder, then streams the .nets file into nets and macro pins. */
final class NetsReader {
    private final NodeTable nodes;
    private final byte[] kinds;
    private final BookshelfLayout layout;
    private final Map<String, Double> weights;
    private final NetlistBuilder builder;
    private final int[] pinsOnMacro;
    private double[] px;
    private double[] py;
    private byte[] orient;
    private int placed;

    // the net being read
    private int declared;
    private int got;
    private int netLine;
    private String netName;
    private int[] pinOwner = new int[64];
    private boolean[] pinOut = new boolean[64];
    private double[] pinDx = new double[64];
    private double[] pinDy = new double[64];

    /** @param nodesFile the netlist's source: node lines are .nodes lines */
    private NetsReader(String nodesFile, NodeTable nodes, byte[] kinds, BookshelfLayout layout,
                       Map<String, Double> weights) {
        this.nodes = nodes;
        this.kinds = kinds;
        this.layout = layout;
        this.weights = weights;
        this.builder = new NetlistBuilder(nodesFile);
        this.pinsOnMacro = new int[nodes.count];
        int cap = Math.max(16, nodes.count * 2);
        this.px = new double[cap];
        this.py = new double[cap];
        this.orient = new byte[cap];
    }

    static BookshelfDesign read(Path nets, Path nodesFile, String auxName, int auxLine, String name, NodeTable nodes,
                                byte[] kinds, BookshelfLayout layout, Map<String, Double> weights) throws IOException {
        NetsReader r = new NetsReader(nodesFile.toString(), nodes, kinds, layout, weights);
        r.addNodes();
        try (BookshelfLines in = BookshelfLines.open(nets, auxName, auxLine)) {
            r.readNets(in);
        }
        Netlist netlist = r.builder.build();
        int n = netlist.nodeCount();
        boolean[] fixed = Arrays.copyOf(nodes.fixed, n);
        BitSet terminals = new BitSet(n);
        for (int i = 0; i < nodes.count; i++) {
            terminals.set(i, nodes.terminal[i] != 0);
        }
        Placement placement = new Placement(Arrays.copyOf(r.px, n), Arrays.copyOf(r.py, n), Arrays.copyOf(r.orient, n), fixed);
        PlcHeader header = PlcHeader.EMPTY.withCanvas(layout.width(), layout.height()).withBlock(name);
        return new BookshelfDesign(name, netlist, new PlcFile(header, placement), layout, terminals);
    }

    private void addNodes() throws FormatException {
        double w = layout.width();
        double h = layout.height();
        for (int i = 0; i < nodes.count; i++) {
            Orientation o = Orientation.ofOrdinal(nodes.orient[i]);
            double cx = w / 2;
            double cy = h / 2;
            if (!Double.isNaN(nodes.llx[i])) {
                boolean turned = o.swapsSides();
                cx = nodes.llx[i] - layout.originX() + (turned ? nodes.h[i] : nodes.w[i]) / 2;
                cy = nodes.lly[i] - layout.originY() + (turned ? nodes.w[i] : nodes.h[i]) / 2;
            }
            String name = nodes.names[i];
            int line = nodes.line[i];
            switch (NodeKind.ofOrdinal(kinds[i])) {
                case PORT -> builder.addPort(name, cx, cy, PortSide.nearest(cx, cy, w, h), line);
                case HARD_MACRO, SOFT_MACRO -> builder.addMacro(name, kinds[i] == NodeKind.HARD_MACRO.ordinal(),
                        nodes.w[i], nodes.h[i], cx, cy, o, line);
                default -> builder.addStdCell(name, nodes.w[i], nodes.h[i], cx, cy, 1.0, null, line);
            }
            place(cx, cy, o);
        }
    }

    private void place(double x, double y, Orientation o) {
        if (placed == px.length) {
            int cap = placed * 2;
            px = Arrays.copyOf(px, cap);
            py = Arrays.copyOf(py, cap);
            orient = Arrays.copyOf(orient, cap);
        }
        px[placed] = x;
        py[placed] = y;
        orient[placed] = (byte) o.ordinal();
        placed++;
    }

    private void readNets(BookshelfLines in) throws IOException {
        int numNets = -1;
        int numNetsAt = 0;
        int numPins = -1;
        int numPinsAt = 0;
        int netCount = 0;
        long pinCount = 0;
        boolean inNet = false;
        while (in.next()) {
            String first = in.token(0);
            if (in.size() >= 2 && in.token(1).equals(":") && first.equalsIgnoreCase("NetDegree")) {
                if (inNet) {
                    throw in.error("net \"" + netName + "\" (line " + netLine + ") declares " + declared
                            + " pins but has " + got);
                }
                if (in.size() < 3 || in.size() > 4) {
                    throw in.error("expected \"NetDegree : k [name]\", found \"" + in.joined() + "\"");
                }
                declared = in.integer(2);
                netName = in.size() == 4 ? in.token(3) : "";
                if (netCount == numNets) {
                    throw in.error("net " + (netCount + 1) + " is one more than NumNets : " + numNets + " (line "
                            + numNetsAt + ") declares");
                }
                if (numPins >= 0 && pinCount + declared > numPins) {
                    throw in.error("NetDegree : " + declared + " takes the pins to " + (pinCount + declared)
                            + ", more than NumPins : " + numPins + " (line " + numPinsAt + ") declares");
                }
                netLine = in.line();
                got = 0;
                netCount++;
                pinCount += declared;
                inNet = declared > 0;
                // the arrays grow with the pins read, not with the count declared: a corrupt
                // NetDegree fails as a short net, not as an attempt to allocate gigabytes
            } else if (!inNet && netCount == 0 && in.size() >= 2 && in.token(1).equals(":")
                    && first.equalsIgnoreCase("NumNets")) {
                in.keyValue("NumNets");
                numNets = in.integer(2);
                numNetsAt = in.line();
            } else if (!inNet && netCount == 0 && in.size() >= 2 && in.token(1).equals(":")
                    && first.equalsIgnoreCase("NumPins")) {
                in.keyValue("NumPins");
                numPins = in.integer(2);
                numPinsAt = in.line();
            } else if (!inNet) {
                throw in.error(netCount == 0 ? "expected NumNets, NumPins or NetDegree, found \"" + in.joined() + "\""
                        : "pin line beyond the " + declared + " pins that net \"" + netName + "\" (line " + netLine
                        + ") declares");
            } else {
                readPin(in);
                if (got == declared) {
                    finishNet();
                    inNet = false;
                }
            }
        }
        if (inNet) {
            throw new FormatException(in.file(), netLine, "net \"" + netName + "\" declares " + declared
                    + " pins, file ends after " + got);
        }
        if (numNets >= 0 && numNets != netCount) {
            throw new FormatException(in.file(), numNetsAt, "NumNets says " + numNets + ", file has " + netCount);
        }
        if (numPins >= 0 && numPins != pinCount) {
            throw new FormatException(in.file(), numPinsAt, "NumPins says " + numPins + ", file has " + pinCount);
        }
    }

    /** {@code node [I|O|B] [: dx dy]} */
    private void readPin(BookshelfLines in) throws FormatException {
        Integer owner = nodes.index.get(in.token(0));
        if (owner == null) {
            throw in.error("unknown node \"" + in.token(0) + "\" in net \"" + netName + "\"");
        }
        int i = 1;
        boolean out = false;
        if (i < in.size() && !in.token(i).equals(":")) {
            String dir = in.token(i);
            if (!dir.equalsIgnoreCase("I") && !dir.equalsIgnoreCase("O") && !dir.equalsIgnoreCase("B")) {
                throw in.error("pin direction \"" + dir + "\" is not I, O or B");
            }
            out = dir.equalsIgnoreCase("O");
            i++;
        }
        double dx = 0;
        double dy = 0;
        if (i < in.size()) {
            if (!in.token(i).equals(":") || in.size() != i + 3) {
                throw in.error("expected \"node I|O|B : dx dy\", found \"" + in.joined() + "\"");
            }
            dx = in.number(i + 1);
            dy = in.number(i + 2);
        }
        if (got == pinOwner.length) {
            growPins(got * 2);
        }
        pinOwner[got] = owner;
        pinOut[got] = out;
        pinDx[got] = dx;
        pinDy[got] = dy;
        got++;
    }

    private void finishNet() throws FormatException {
        if (got < 2) {
            return; // a one-pin net has no wirelength
        }
        int driver = 0;
        for (int i = 0; i < got; i++) {
            if (pinOut[i]) {
                driver = i;
                break;
            }
        }
        Double w = weights.get(netName);
        double weight = w == null ? 1.0 : w;
        int driverNode = node(driver, weight);
        int[] sinks = new int[got - 1];
        int s = 0;
        for (int i = 0; i < got; i++) {
            if (i != driver) {
                sinks[s++] = node(i, 1.0);
            }
        }
        builder.addNet(driverNode, sinks, weight, netLine);
    }

    /** The node a net pin connects: a new macro pin on a macro, else the node itself. */
    private int node(int i, double weight) throws FormatException {
        int owner = pinOwner[i];
        if (!NodeKind.ofOrdinal(kinds[owner]).isMacro()) {
            return owner;
        }
        String macro = nodes.names[owner];
        String name = macro + "/p" + pinsOnMacro[owner]++;
        while (nodes.index.containsKey(name)) {
            name = name + "_"; // a .nodes name already looks like a pin name
        }
        Orientation o = Orientation.ofOrdinal(orient[owner]);
        double x = px[owner] + o.rotateX(pinDx[i], pinDy[i]);
        double y = py[owner] + o.rotateY(pinDx[i], pinDy[i]);
        // line 0: the pin comes from a .nets line, and the netlist's source is the .nodes file
        int id = builder.addPin(name, macro, pinDx[i], pinDy[i], x, y, weight, 0);
        place(x, y, Orientation.N);
        return id;
    }

    private void growPins(int cap) {
        pinOwner = Arrays.copyOf(pinOwner, cap);
        pinOut = Arrays.copyOf(pinOut, cap);
        pinDx = Arrays.copyOf(pinDx, cap);
        pinDy = Arrays.copyOf(pinDy, cap);
    }
}
