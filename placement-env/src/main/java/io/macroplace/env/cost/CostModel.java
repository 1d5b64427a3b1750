package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;

/**
 * The netlist flattened once into the arrays the cost kernels loop over (DREAMPlace style), plus
 * the grid geometry. Nets are renumbered so that the nets of each hard macro lie side by side
 * (a move then reads a few runs of memory); net and pin indices of this class are in that order,
 * a pin being a position of the renumbered net-pin CSR list: its owner is the placeable node whose
 * position moves it (the macro of a macro pin, else the node itself) and its offsets are from the
 * owner's centre (0 for soft-macro pins: they sit at the centre).
 *
 * <p>Hard-macro pin offsets: the netlist's N-frame {@code x_offset, y_offset} turned by the
 * macro's {@code orientation} attribute in the netlist, i.e. the pin where the netlist itself puts
 * it. {@link PinMode#DEFAULT} keeps that offset whatever orientation a .plc gives the macro;
 * {@link PinMode#ORIENTED} turns it further by the placement's orientation. This is the rule that
 * reproduces both reference HPWLs of ariane133 (its 19 S macros are S in the netlist and the .plc).
 * Immutable and shareable between threads; states and terms are not.
 */
public final class CostModel {
    private static final Orientation[] ORIENTATIONS = Orientation.values();

    private final Netlist netlist;
    private final CostSettings settings;
    final int nodeCount;
    final int netCount;
    final int[] netStart;
    final int[] pinOwner;
    final double[] netWeight;
    final double[] netRouteWeight;
    final double netWeightSum;
    final int[] nodeNetStart;
    final int[] nodeNets;
    /** Per owner node: the net-pin positions that move with it (CSR), and each pin's net. */
    final int[] nodePinStart;
    final int[] nodePins;
    final int[] pinNet;
    /**
     * The same pins in that node order (index j of nodePins): net, offsets from the owner's centre
     * and whether the offset turns with the macro (hard-macro pins in ORIENTED mode), so that a
     * move reads its node's pins sequentially.
     */
    final int[] nodePinNet;
    final double[] nodePinOffsetX;
    final double[] nodePinOffsetY;
    final boolean[] nodePinTurns;
    final int[] macros;
    final boolean[] hardMacro;
    final boolean[] macro;
    final boolean[] placeable;
    final double[] width;
    final double[] height;
    final boolean oriented;
    final int columns;
    final int rows;
    /** Column and row of each grid cell: look-ups instead of integer division in hot loops. */
    final int[] cellColumn;
    final int[] cellRow;
    final double cellWidth;
    final double cellHeight;
    private final double inverseCellWidth;
    private final double inverseCellHeight;
    /** Upper bound of the summed degree of the nets of any two nodes (scratch sizes). */
    final int maxTouchedPins;
    final int maxTouchedNets;
    final int maxNetDegree;
    /** Most net pins one node moves. */
    final int maxNodePins;

    private CostModel(Netlist netlist, CostSettings settings) {
        this.netlist = netlist;
        this.settings = settings;
        this.nodeCount = netlist.nodeCount();
        this.netCount = netlist.netCount();
        this.oriented = settings.pinMode() == PinMode.ORIENTED;
        this.columns = settings.columns();
        this.rows = settings.rows();
        this.cellWidth = settings.cellWidth();
        this.cellHeight = settings.cellHeight();
        this.inverseCellWidth = 1.0 / cellWidth;
        this.inverseCellHeight = 1.0 / cellHeight;
        this.cellColumn = new int[columns * rows];
        this.cellRow = new int[columns * rows];
        for (int c = 0; c < columns * rows; c++) {
            cellColumn[c] = c % columns;
            cellRow[c] = c / columns;
        }
        // nets renumbered so that each hard macro's nets (and their pins) lie side by side: a move
        // then reads a few runs of memory, not one cache line per net and array
        int[] order = localityOrder(netlist);
        int[] starts = netlist.netStarts();
        int pins = netlist.netPinCount();
        netStart = new int[netCount + 1];
        int[] source = new int[pins]; // internal pin position -> the netlist's
        int q = 0;
        for (int i = 0; i < netCount; i++) {
            netStart[i] = q;
            for (int p = starts[order[i]]; p < starts[order[i] + 1]; p++) {
                source[q++] = p;
            }
        }
        netStart[netCount] = q;
        pinOwner = new int[pins];
        double[] pinOffsetX = new double[pins];
        double[] pinOffsetY = new double[pins];
        boolean[] pinTurns = new boolean[pins];
        for (int p = 0; p < pins; p++) {
            int node = netlist.netPin(source[p]);
            NodeKind k = netlist.kind(node);
            if (k.isPin()) {
                pinOwner[p] = netlist.pinMacro(node);
                if (k == NodeKind.HARD_MACRO_PIN) {
                    // the pin as the netlist places it: its N-frame offset turned by the macro's
                    // orientation attribute in the netlist (what the netlist's own pin x, y show)
                    Orientation o = netlist.orientation(pinOwner[p]);
                    double dx = netlist.pinOffsetX(node);
                    double dy = netlist.pinOffsetY(node);
                    pinOffsetX[p] = o.rotateX(dx, dy);
                    pinOffsetY[p] = o.rotateY(dx, dy);
                    pinTurns[p] = oriented;
                }
            } else {
                pinOwner[p] = node;
            }
        }
        netWeight = new double[netCount];
        netRouteWeight = new double[netCount];
        double sum = 0;
        int maxDegree = 0;
        for (int e = 0; e < netCount; e++) {
            sum += netlist.netWeight(e);
        }
        for (int net = 0; net < netCount; net++) {
            int e = order[net];
            netWeight[net] = netlist.netWeight(e);
            int driver = netlist.netDriver(e);
            double w = netlist.weight(driver);
            netRouteWeight[net] = netlist.kind(driver).isPin() && w > 1 ? w : 1.0;
            maxDegree = Math.max(maxDegree, netlist.netSize(e));
        }
        netWeightSum = sum;
        maxNetDegree = maxDegree;

        width = new double[nodeCount];
        height = new double[nodeCount];
        hardMacro = new boolean[nodeCount];
        macro = new boolean[nodeCount];
        placeable = new boolean[nodeCount];
        int macroCount = 0;
        for (int i = 0; i < nodeCount; i++) {
            NodeKind k = netlist.kind(i);
            width[i] = netlist.width(i);
            height[i] = netlist.height(i);
            hardMacro[i] = k == NodeKind.HARD_MACRO;
            macro[i] = k.isMacro();
            placeable[i] = k.isPlaceable();
            if (macro[i]) {
                macroCount++;
            }
        }
        // soft macros first, then hard: the reference's accumulation order per cell
        macros = new int[macroCount];
        int m = 0;
        for (int i = 0; i < nodeCount; i++) {
            if (netlist.kind(i) == NodeKind.SOFT_MACRO) {
                macros[m++] = i;
            }
        }
        for (int i = 0; i < nodeCount; i++) {
            if (hardMacro[i]) {
                macros[m++] = i;
            }
        }

        // per owner node: the distinct nets it has a pin on
        nodeNetStart = new int[nodeCount + 1];
        int[] lastNet = new int[nodeCount];
        java.util.Arrays.fill(lastNet, -1);
        for (int net = 0; net < netCount; net++) {
            for (int p = netStart[net]; p < netStart[net + 1]; p++) {
                int o = pinOwner[p];
                if (lastNet[o] != net) {
                    lastNet[o] = net;
                    nodeNetStart[o + 1]++;
                }
            }
        }
        for (int i = 0; i < nodeCount; i++) {
            nodeNetStart[i + 1] += nodeNetStart[i];
        }
        nodeNets = new int[nodeNetStart[nodeCount]];
        int[] fill = java.util.Arrays.copyOf(nodeNetStart, nodeCount);
        java.util.Arrays.fill(lastNet, -1);
        int maxPins = 0;
        int maxNets = 0;
        for (int net = 0; net < netCount; net++) {
            for (int p = netStart[net]; p < netStart[net + 1]; p++) {
                int o = pinOwner[p];
                if (lastNet[o] != net) {
                    lastNet[o] = net;
                    nodeNets[fill[o]++] = net;
                }
            }
        }
        for (int i = 0; i < nodeCount; i++) {
            int pinsOfNets = 0;
            for (int j = nodeNetStart[i]; j < nodeNetStart[i + 1]; j++) {
                pinsOfNets += netStart[nodeNets[j] + 1] - netStart[nodeNets[j]];
            }
            maxPins = Math.max(maxPins, pinsOfNets);
            maxNets = Math.max(maxNets, nodeNetStart[i + 1] - nodeNetStart[i]);
        }
        maxTouchedPins = 2 * maxPins;
        maxTouchedNets = 2 * maxNets;

        pinNet = new int[pins];
        nodePinStart = new int[nodeCount + 1];
        for (int net = 0; net < netCount; net++) {
            for (int p = netStart[net]; p < netStart[net + 1]; p++) {
                pinNet[p] = net;
                nodePinStart[pinOwner[p] + 1]++;
            }
        }
        int maxOwn = 0;
        for (int i = 0; i < nodeCount; i++) {
            maxOwn = Math.max(maxOwn, nodePinStart[i + 1]);
            nodePinStart[i + 1] += nodePinStart[i];
        }
        maxNodePins = maxOwn;
        nodePins = new int[pins];
        int[] next = java.util.Arrays.copyOf(nodePinStart, nodeCount);
        for (int p = 0; p < pins; p++) {
            nodePins[next[pinOwner[p]]++] = p;
        }
        nodePinNet = new int[pins];
        nodePinOffsetX = new double[pins];
        nodePinOffsetY = new double[pins];
        nodePinTurns = new boolean[pins];
        for (int j = 0; j < pins; j++) {
            int p = nodePins[j];
            nodePinNet[j] = pinNet[p];
            nodePinOffsetX[j] = pinOffsetX[p];
            nodePinOffsetY[j] = pinOffsetY[p];
            nodePinTurns[j] = pinTurns[p];
        }
    }

    /**
     * The netlist's nets ordered by their first hard macro (lowest id), then by their first other
     * owner node, stably: a counting sort, linear in pins.
     */
    private static int[] localityOrder(Netlist netlist) {
        int nodes = netlist.nodeCount();
        int nets = netlist.netCount();
        int[] starts = netlist.netStarts();
        int[] key = new int[nets];
        int[] bucket = new int[2 * nodes + 1];
        for (int e = 0; e < nets; e++) {
            int best = 2 * nodes - 1;
            for (int p = starts[e]; p < starts[e + 1]; p++) {
                int node = netlist.netPin(p);
                int owner = netlist.kind(node).isPin() ? netlist.pinMacro(node) : node;
                int k = netlist.kind(owner) == NodeKind.HARD_MACRO ? owner : nodes + owner;
                best = Math.min(best, k);
            }
            key[e] = best;
            bucket[best + 1]++;
        }
        for (int i = 0; i < 2 * nodes; i++) {
            bucket[i + 1] += bucket[i];
        }
        int[] order = new int[nets];
        for (int e = 0; e < nets; e++) {
            order[bucket[key[e]]++] = e;
        }
        return order;
    }

    /** Flattens a netlist under the given settings. */
    public static CostModel of(Netlist netlist, CostSettings settings) {
        return new CostModel(netlist, settings);
    }

    public Netlist netlist() {
        return netlist;
    }

    public CostSettings settings() {
        return settings;
    }

    public int netCount() {
        return netCount;
    }

    public int pinCount() {
        return pinOwner.length;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int cellCount() {
        return columns * rows;
    }

    /** Sum of net weights: the wirelength cost's net count. */
    public double netWeightSum() {
        return netWeightSum;
    }

    /** True for nodes a move may change (everything but macro pins). */
    public boolean isPlaceable(int node) {
        return node >= 0 && node < nodeCount && placeable[node];
    }

    public boolean isMacro(int node) {
        return macro[node];
    }

    public boolean isHardMacro(int node) {
        return hardMacro[node];
    }

    /** Number of distinct nets with a pin that moves with this node. */
    public int netsOf(int node) {
        return nodeNetStart[node + 1] - nodeNetStart[node];
    }

    public int netOf(int node, int i) {
        return nodeNets[nodeNetStart[node] + i];
    }

    /** x of the j-th pin in node order (see {@link #nodePins}), whose owner is node. */
    double nodePinX(int j, int node, PlacementState s) {
        if (nodePinTurns[j]) {
            return s.x(node) + ORIENTATIONS[s.orientationOrdinal(node)].rotateX(nodePinOffsetX[j], nodePinOffsetY[j]);
        }
        return s.x(node) + nodePinOffsetX[j];
    }

    double nodePinY(int j, int node, PlacementState s) {
        if (nodePinTurns[j]) {
            return s.y(node) + ORIENTATIONS[s.orientationOrdinal(node)].rotateY(nodePinOffsetX[j], nodePinOffsetY[j]);
        }
        return s.y(node) + nodePinOffsetY[j];
    }

    /**
     * Every net pin's position in the state, x at 2p and y at 2p + 1 (into xy if it is large
     * enough, else a new array). Computed owner by owner, reading the state sequentially: the
     * owner's centre plus the pin's offset, turned in ORIENTED mode.
     */
    public double[] pinPositions(PlacementState s, double[] xy) {
        double[] out = xy != null && xy.length >= 2 * pinCount() ? xy : new double[2 * pinCount()];
        for (int node = 0; node < nodeCount; node++) {
            for (int j = nodePinStart[node], e = nodePinStart[node + 1]; j < e; j++) {
                int p = nodePins[j];
                out[2 * p] = nodePinX(j, node, s);
                out[2 * p + 1] = nodePinY(j, node, s);
            }
        }
        return out;
    }

    /** Grid cell (row * columns + column) of a point. */
    int cellOf(double x, double y) {
        return row(y) * columns + column(x);
    }

    /** Footprint width of a node in the state (sides exchanged for E/W only in ORIENTED mode). */
    public double width(int node, PlacementState s) {
        return oriented && ORIENTATIONS[s.orientationOrdinal(node)].swapsSides() ? height[node] : width[node];
    }

    public double height(int node, PlacementState s) {
        return oriented && ORIENTATIONS[s.orientationOrdinal(node)].swapsSides() ? width[node] : height[node];
    }

    /** Column of x: floor(x / cell width), clamped into the grid. */
    public int column(double x) {
        int c = (int) floorDiv(x, cellWidth, inverseCellWidth);
        return c < 0 ? 0 : Math.min(c, columns - 1);
    }

    public int row(double y) {
        int r = (int) floorDiv(y, cellHeight, inverseCellHeight);
        return r < 0 ? 0 : Math.min(r, rows - 1);
    }

    /**
     * floor(x / d) exactly as the division rounds, by a multiplication by 1 / d: the product is
     * within a few ulps of the quotient, so the two floors can only differ when an integer is that
     * close; there the division decides.
     */
    static double floorDiv(double x, double d, double inverse) {
        double q = x * inverse;
        double f = Math.floor(q);
        double edge = 1e-9 * (1 + Math.abs(q));
        if (q - f < edge || f + 1 - q < edge) {
            return Math.floor(x / d);
        }
        return f;
    }
}
