package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;

/**
 * The distinct grid cells of a net's pins in pin order (driver's cell first), deduplicated by
 * epoch marks. Optionally keeps every pin's committed cell, so that a move computes cells only
 * for the pins of the moved nodes and reads the others.
 */
final class PinCells {
    private final CostModel m;
    private final TouchSet seen;
    private int[] committed;
    private int[] changedPin;
    private int[] changedCell;
    private int changed;

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

    /** Computes and keeps every pin's cell as the committed cache. */
    void cacheAll(PlacementState s) {
        if (committed == null) {
            committed = new int[m.pinCount()];
            changedPin = new int[Math.max(1, m.maxTouchedPins)];
            changedCell = new int[Math.max(1, m.maxTouchedPins)];
        }
        for (int p = 0; p < committed.length; p++) {
            committed[p] = cell(s, p);
        }
        changed = 0;
    }

    /** Like {@link #collect} from the committed cache (the state before the move). */
    int collectCommitted(int net, int[] out, int off) {
        seen.clear();
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int cell = committed[p];
            if (seen.add(cell)) {
                out[off + n++] = cell;
            }
        }
        return n;
    }

    /** Like {@link #collect} after the move: computes cells of the moved nodes' pins, reads the rest. */
    int collectProposed(PlacementState s, ChangeSet change, int net, int[] out, int off) {
        seen.clear();
        int a = change.moved(0);
        int b = change.movedCount() > 1 ? change.moved(1) : a;
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int owner = m.pinOwner[p];
            int cell;
            if (owner == a || owner == b) {
                cell = cell(s, p);
                if (cell != committed[p]) {
                    changedPin[changed] = p;
                    changedCell[changed++] = cell;
                }
            } else {
                cell = committed[p];
            }
            if (seen.add(cell)) {
                out[off + n++] = cell;
            }
        }
        return n;
    }

    /** Starts a proposal: forgets recorded cell changes. */
    void beginProposal() {
        changed = 0;
    }

    /** Writes the proposal's changed pin cells into the committed cache. */
    void commit() {
        for (int i = 0; i < changed; i++) {
            committed[changedPin[i]] = changedCell[i];
        }
        changed = 0;
    }
}
