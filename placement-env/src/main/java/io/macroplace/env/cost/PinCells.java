package io.macroplace.env.cost;

import io.macroplace.env.state.PlacementState;

/** The distinct grid cells of a net's pins in pin order (driver's cell first), deduplicated by epoch marks. */
final class PinCells {
    private final CostModel m;
    private final TouchSet seen;

    PinCells(CostModel m) {
        this.m = m;
        this.seen = new TouchSet(m.cellCount());
    }

    /** Writes the cells to out[off..] and returns how many. */
    int collect(PlacementState s, int net, int[] out, int off) {
        seen.clear();
        int n = 0;
        for (int p = m.netStart[net], end = m.netStart[net + 1]; p < end; p++) {
            int cell = m.row(m.pinY(p, s)) * m.columns + m.column(m.pinX(p, s));
            if (seen.add(cell)) {
                out[off + n++] = cell;
            }
        }
        return n;
    }
}
