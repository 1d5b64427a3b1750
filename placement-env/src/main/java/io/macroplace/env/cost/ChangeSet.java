package io.macroplace.env.cost;

/**
 * What a proposed move touches: the moved nodes and the distinct nets with a pin on them.
 * Preallocated once and refilled per move (no allocation, epoch-stamped net marks).
 */
public final class ChangeSet {
    private final int[] moved = new int[2];
    private int movedCount;
    private final int[] nets;
    private int netCount;
    private final int[] netMark;
    private int epoch;

    ChangeSet(CostModel model) {
        this.nets = new int[Math.max(1, model.maxTouchedNets)];
        this.netMark = new int[model.netCount];
    }

    void clear() {
        movedCount = 0;
        netCount = 0;
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(netMark, 0);
            epoch = 1;
        }
    }

    void addMoved(CostModel model, int node) {
        moved[movedCount++] = node;
        int from = model.nodeNetStart[node];
        int to = model.nodeNetStart[node + 1];
        if (movedCount == 1) {
            // one node's nets are distinct already: no marks unless a second node comes
            System.arraycopy(model.nodeNets, from, nets, 0, to - from);
            netCount = to - from;
            return;
        }
        for (int i = 0; i < netCount; i++) {
            netMark[nets[i]] = epoch;
        }
        for (int j = from; j < to; j++) {
            int net = model.nodeNets[j];
            if (netMark[net] != epoch) {
                netMark[net] = epoch;
                nets[netCount++] = net;
            }
        }
    }

    public int movedCount() {
        return movedCount;
    }

    public int moved(int i) {
        return moved[i];
    }

    public int netCount() {
        return netCount;
    }

    public int net(int i) {
        return nets[i];
    }
}
