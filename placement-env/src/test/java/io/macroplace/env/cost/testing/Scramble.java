package io.macroplace.env.cost.testing;

import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.util.SplittableRandom;

/** Random positions and orientations for every placeable node, some snapped to grid lines. */
public final class Scramble {
    private Scramble() {
    }

    public static void scramble(PlacementState st, SplittableRandom r, double gw, double gh) {
        for (int i = 0; i < st.nodeCount(); i++) {
            NodeKind k = st.netlist().kind(i);
            if (k.isPin()) {
                continue;
            }
            double x = -10 + r.nextDouble() * (RandomDesigns.W + 20);
            double y = -10 + r.nextDouble() * (RandomDesigns.H + 20);
            if (r.nextInt(5) == 0) {
                x = r.nextInt(12) * gw;
                y = r.nextInt(12) * gh;
            }
            st.setPosition(i, x, y);
            if (k == NodeKind.HARD_MACRO) {
                st.setOrientation(i, Orientation.values()[r.nextInt(8)]);
            }
        }
    }
}
