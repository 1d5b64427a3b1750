package io.macroplace.env.cost;

/**
 * Per net, the set of distinct grid cells its pins occupy, with how many pins each holds, and its
 * source (the driver pin's cell): the routing input of the congestion term, kept under pin moves
 * so that a move costs a look-up in the few cells of each net it touches, not a pass over every
 * pin. Net {@code n}'s cells sit in slots {@code [netStart[n], netStart[n] + count(n))} (a net has
 * at most as many cells as pins), in no particular order; a slot holds its cell and pin count side
 * by side, and a net its count and source, so that a small net is one or two cache lines. A
 * proposal logs each change (a few ints, nothing copied on the commit path); revert undoes them
 * newest first, which puts every slot back where it was.
 */
final class NetCells {
    /** Bit set by {@link #move} when the old cell lost the net's last pin in it. */
    static final int LEFT = 1;
    /** Bit set by {@link #move} when the new cell had no pin of the net before. */
    static final int JOINED = 2;

    private final CostModel m;
    /** Slot s: cell at 2s, pins in it at 2s + 1. */
    private final int[] slots;
    /** Net n: cell count at 2n, source cell at 2n + 1. */
    private final int[] nets;
    /** Undo log, 5 ints per change: net, cell a, a's slot, b's slot, the LEFT | JOINED bits (or SOURCE). */
    private final int[] log;
    private int logSize;
    /** Log entry of a source change: net, old source, unused, unused, SOURCE. */
    private static final int SOURCE = 4;
    // build scratch: cell -> slot of the net being built, epoch-marked
    private final int[] slotOf;
    private final int[] mark;
    private int epoch;

    NetCells(CostModel m) {
        this.m = m;
        slots = new int[2 * m.pinCount()];
        nets = new int[2 * m.netCount];
        slotOf = new int[m.cellCount()];
        mark = new int[m.cellCount()];
        // a proposal moves at most two nodes' pins, each once, and sets each changed net's source once
        log = new int[5 * 2 * Math.max(1, 2 * m.maxNodePins)];
    }

    /** Undoes every change since the last {@link #forget()}, newest first: each slot as it was. */
    void restore() {
        for (int i = logSize - 5; i >= 0; i -= 5) {
            int net = log[i];
            int r = log[i + 4];
            if (r == SOURCE) {
                nets[2 * net + 1] = log[i + 1];
                continue;
            }
            int sa = log[i + 2];
            int end = 2 * (m.netStart[net] + nets[2 * net]);
            if ((r & JOINED) != 0) {
                end -= 2; // b was appended last
            } else {
                slots[log[i + 3] + 1]--;
            }
            if ((r & LEFT) != 0) {
                // a's slot took the then last one: that one goes back to the end, a returns with one pin
                slots[end] = slots[sa];
                slots[end + 1] = slots[sa + 1];
                slots[sa] = log[i + 1];
                slots[sa + 1] = 1;
                end += 2;
            } else {
                slots[sa + 1]++;
            }
            nets[2 * net] = end / 2 - m.netStart[net];
        }
        logSize = 0;
    }

    /** Drops the undo log: the current cells are kept. */
    void forget() {
        logSize = 0;
    }

    /** Builds every net's cell set from the pins' positions (x at 2p, y at 2p + 1). */
    void build(double[] xy) {
        for (int net = 0; net < m.netCount; net++) {
            if (++epoch == Integer.MAX_VALUE) {
                java.util.Arrays.fill(mark, 0);
                epoch = 1;
            }
            int base = m.netStart[net];
            int d = 0;
            for (int p = base, end = m.netStart[net + 1]; p < end; p++) {
                int cell = m.cellOf(xy[2 * p], xy[2 * p + 1]);
                if (p == base) {
                    nets[2 * net + 1] = cell;
                }
                if (mark[cell] == epoch) {
                    slots[2 * slotOf[cell] + 1]++;
                } else {
                    mark[cell] = epoch;
                    slotOf[cell] = base + d;
                    slots[2 * (base + d)] = cell;
                    slots[2 * (base + d) + 1] = 1;
                    d++;
                }
            }
            nets[2 * net] = d;
        }
    }

    /** Number of distinct cells of the net. */
    int count(int net) {
        return nets[2 * net];
    }

    /** The driver pin's cell. */
    int source(int net) {
        return nets[2 * net + 1];
    }

    void setSource(int net, int cell) {
        log[logSize] = net;
        log[logSize + 1] = nets[2 * net + 1];
        log[logSize + 4] = SOURCE;
        logSize += 5;
        nets[2 * net + 1] = cell;
    }

    /** The i-th cell of the net (0 <= i < count). */
    int cell(int net, int i) {
        return slots[2 * (m.netStart[net] + i)];
    }

    /**
     * Writes the net's cells to out, the source first, and returns how many (the order of the
     * others does not matter to the routing rules).
     */
    int list(int net, int[] out) {
        int src = source(net);
        int n = 0;
        out[n++] = src;
        for (int s = 2 * m.netStart[net], e = s + 2 * count(net); s < e; s += 2) {
            if (slots[s] != src) {
                out[n++] = slots[s];
            }
        }
        return n;
    }

    /** One pin of the net goes from cell a to cell b (a != b); returns {@link #LEFT} | {@link #JOINED} bits. */
    int move(int net, int a, int b) {
        int base = 2 * m.netStart[net];
        int end = base + 2 * nets[2 * net];
        // one pass finds both slots (a is in the set, b may not be)
        int sa = -1;
        int sb = -1;
        for (int s = base; s < end; s += 2) {
            int c = slots[s];
            if (c == a) {
                sa = s;
            } else if (c == b) {
                sb = s;
            }
        }
        int result = 0;
        if (--slots[sa + 1] == 0) {
            // a's slot takes the last one (removed first: the set never holds more cells than pins)
            end -= 2;
            slots[sa] = slots[end];
            slots[sa + 1] = slots[end + 1];
            if (sb == end) {
                sb = sa;
            }
            result = LEFT;
        }
        if (sb >= 0) {
            slots[sb + 1]++;
        } else {
            slots[end] = b;
            slots[end + 1] = 1;
            end += 2;
            result |= JOINED;
        }
        nets[2 * net] = (end - base) / 2;
        log[logSize] = net;
        log[logSize + 1] = a;
        log[logSize + 2] = sa;
        log[logSize + 3] = sb;
        log[logSize + 4] = result;
        logSize += 5;
        return result;
    }
}
