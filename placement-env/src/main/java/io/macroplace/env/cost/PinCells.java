package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;

/**
 * The distinct grid cells of a net's pins in pin order (driver's cell first), deduplicated by
 * epoch marks. Optionally keeps every pin's cell, so that a move computes cells only for the pins
 * of the moved nodes ({@link #stage}), lists the nets whose cells changed, writes the new cells
 * ({@link #apply}) and can write the old ones back ({@link #undo}).
 */
final class PinCells {
    private final CostModel m;
    private final TouchSet seen;
    private int[] cached;
    // a move's pins whose cell changes, their new and old cells
    private int[] movedPin;
    private int[] newCell;
    private int[] oldCell;
    private int moved;
    private TouchSet changedNets;

    PinCells(CostModel m) {
        this.m = m;
        this.seen = new TouchSet(m.cellCount());
    }

    private int cell(PlacementState s, int p) {
        return m.row(m.pinY(p, s)) * m.columns + m.column(m.pinX(p, s));
    }

    /** Writes the cells to out[off..] and returns how many, computing every pin's cell. */
    int collect(PlacementState s, int net, int[] out, int off) {
        seen.clear();
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int cell = cell(s, p);
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
            movedPin = new int[Math.max(1, 2 * m.maxNodePins)];
            newCell = new int[movedPin.length];
            oldCell = new int[movedPin.length];
            changedNets = new TouchSet(Math.max(1, m.netCount));
        }
        for (int p = 0; p < cached.length; p++) {
            cached[p] = cell(s, p);
        }
        moved = 0;
        changedNets.clear();
    }

    /** Like {@link #collect} from the kept cells. */
    int collectCached(int net, int[] out, int off) {
        seen.clear();
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int cell = cached[p];
            if (seen.add(cell)) {
                out[off + n++] = cell;
            }
        }
        return n;
    }

    /**
     * Computes the cells of the moved nodes' pins in the state after the move, without keeping
     * them yet; the nets where one changed are then {@link #changedNetCount()} and {@link #changedNet}.
     */
    void stage(PlacementState s, ChangeSet change) {
        moved = 0;
        changedNets.clear();
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            for (int j = m.nodePinStart[node], e = m.nodePinStart[node + 1]; j < e; j++) {
                int p = m.nodePins[j];
                int cell = cell(s, p);
                if (cell != cached[p]) {
                    movedPin[moved] = p;
                    newCell[moved] = cell;
                    oldCell[moved++] = cached[p];
                    changedNets.add(m.pinNet[p]);
                }
            }
        }
    }

    int changedNetCount() {
        return changedNets.size();
    }

    int changedNet(int i) {
        return changedNets.get(i);
    }

    /** Keeps the staged cells. */
    void apply() {
        for (int i = 0; i < moved; i++) {
            cached[movedPin[i]] = newCell[i];
        }
    }

    /** Writes back the cells from before the last {@link #stage}. */
    void undo() {
        for (int i = moved - 1; i >= 0; i--) {
            cached[movedPin[i]] = oldCell[i];
        }
        moved = 0;
    }

    /** Forgets the old cells of the last move. */
    void forget() {
        moved = 0;
    }
}
