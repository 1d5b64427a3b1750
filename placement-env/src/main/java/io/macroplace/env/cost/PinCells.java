package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;

/**
 * Grid cells of pins. {@link #collect} lists the distinct cells of a net's pins in pin order
 * (driver's cell first), deduplicated by epoch marks: the full kernel's input. For incremental
 * use every pin's cell is kept in node order (index j of {@link CostModel#nodePins}), so that a
 * move reads and writes its nodes' pins sequentially: {@link #stage} computes the moved pins'
 * cells and lists the changes grouped by net, {@link #apply} keeps them, {@link #undo} writes the
 * old ones back.
 */
final class PinCells {
    private final CostModel m;
    private final TouchSet seen;
    private int[] cached;
    // a move's pins whose cell changes: node-order index, pin, net, old and new cell
    private int[] changedJ;
    private int[] changedPin;
    private int[] changedNet;
    private int[] newCell;
    private int[] oldCell;
    private int changes;
    // the nets with a changed pin, as a sparse set: net n is in it when
    // changedNets[netIndex[n]] == n below changedNetCount (one random read per net, no marks)
    private int[] changedNets;
    private int changedNetCount;
    private int[] netIndex;
    // per changed net (by its index in changedNets): its changed pins as a linked list
    private int[] firstChange;
    private int[] nextChange;

    PinCells(CostModel m) {
        this.m = m;
        this.seen = new TouchSet(m.cellCount());
    }

    /**
     * Writes the net's distinct cells to out[off..] and returns how many, from the pin positions
     * xy (x at 2p, y at 2p + 1).
     */
    int collect(double[] xy, int net, int[] out, int off) {
        seen.clear();
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int cell = m.cellOf(xy[2 * p], xy[2 * p + 1]);
            if (seen.add(cell)) {
                out[off + n++] = cell;
            }
        }
        return n;
    }

    /** Computes and keeps every pin's cell. */
    void cacheAll(PlacementState s) {
        if (cached == null) {
            cached = new int[m.pinCount()];
            int cap = Math.max(1, 2 * m.maxNodePins);
            changedJ = new int[cap];
            changedPin = new int[cap];
            changedNet = new int[cap];
            newCell = new int[cap];
            oldCell = new int[cap];
            firstChange = new int[cap];
            nextChange = new int[cap];
            changedNets = new int[cap];
            netIndex = new int[Math.max(1, m.netCount)];
        }
        for (int node = 0; node < m.nodeCount; node++) {
            for (int j = m.nodePinStart[node], e = m.nodePinStart[node + 1]; j < e; j++) {
                cached[j] = m.cellOf(m.nodePinX(j, node, s), m.nodePinY(j, node, s));
            }
        }
        changes = 0;
        changedNetCount = 0;
    }

    /**
     * Computes the cells of the moved nodes' pins in the state after the move, without keeping
     * them yet; the nets where one changed are then {@link #changedNetCount()} and {@link #changedNet}.
     */
    void stage(PlacementState s, ChangeSet change) {
        changes = 0;
        changedNetCount = 0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            for (int j = m.nodePinStart[node], e = m.nodePinStart[node + 1]; j < e; j++) {
                int cell = m.cellOf(m.nodePinX(j, node, s), m.nodePinY(j, node, s));
                if (cell != cached[j]) {
                    int net = m.nodePinNet[j];
                    int ni = netIndex[net];
                    if (ni >= changedNetCount || changedNets[ni] != net) {
                        ni = changedNetCount++;
                        changedNets[ni] = net;
                        netIndex[net] = ni;
                        firstChange[ni] = -1;
                    }
                    changedJ[changes] = j;
                    changedPin[changes] = m.nodePins[j];
                    changedNet[changes] = net;
                    newCell[changes] = cell;
                    oldCell[changes] = cached[j];
                    nextChange[changes] = firstChange[ni];
                    firstChange[ni] = changes++;
                }
            }
        }
    }

    int changedNetCount() {
        return changedNetCount;
    }

    int changedNet(int i) {
        return changedNets[i];
    }

    /** The first change (an index for {@link #pin}, {@link #oldCell}, {@link #newCell}) of changed net i, or -1. */
    int firstChange(int i) {
        return firstChange[i];
    }

    /** The change after change e on the same net, or -1. */
    int nextChange(int e) {
        return nextChange[e];
    }

    /** Number of changed pins of the last {@link #stage}. */
    int changes() {
        return changes;
    }

    /** Net-pin position of change e. */
    int pin(int e) {
        return changedPin[e];
    }

    int net(int e) {
        return changedNet[e];
    }

    int oldCell(int e) {
        return oldCell[e];
    }

    int newCell(int e) {
        return newCell[e];
    }

    /** Keeps the staged cells. */
    void apply() {
        for (int i = 0; i < changes; i++) {
            cached[changedJ[i]] = newCell[i];
        }
    }

    /** Writes back the cells from before the last {@link #stage}. */
    void undo() {
        for (int i = changes - 1; i >= 0; i--) {
            cached[changedJ[i]] = oldCell[i];
        }
        changes = 0;
    }

    /** Forgets the old cells of the last move. */
    void forget() {
        changes = 0;
    }
}
