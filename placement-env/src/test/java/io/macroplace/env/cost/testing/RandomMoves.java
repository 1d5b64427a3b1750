package io.macroplace.env.cost.testing;

import io.macroplace.env.move.Move;
import io.macroplace.env.move.OrientMove;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.move.SwapMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Mixed random moves over the placeable nodes of a netlist: shifts (some small), swaps, turns. */
public final class RandomMoves {
    private final int[] movable;
    private final int[] hard;
    private final double width;
    private final double height;
    private final SplittableRandom r;

    public RandomMoves(Netlist n, double width, double height, long seed) {
        List<Integer> mv = new ArrayList<>();
        List<Integer> hd = new ArrayList<>();
        for (int i = 0; i < n.nodeCount(); i++) {
            NodeKind k = n.kind(i);
            if (k.isPlaceable()) {
                mv.add(i);
            }
            if (k == NodeKind.HARD_MACRO) {
                hd.add(i);
            }
        }
        movable = mv.stream().mapToInt(Integer::intValue).toArray();
        hard = hd.stream().mapToInt(Integer::intValue).toArray();
        this.width = width;
        this.height = height;
        this.r = new SplittableRandom(seed);
    }

    public Move next(PlacementState st) {
        int kind = r.nextInt(10);
        if (kind < 2 && movable.length > 1) {
            int a = movable[r.nextInt(movable.length)];
            int b = movable[r.nextInt(movable.length)];
            if (a != b) {
                return new SwapMove(a, b);
            }
        }
        if (kind == 2 && hard.length > 0) {
            return new OrientMove(hard[r.nextInt(hard.length)], Orientation.values()[r.nextInt(8)]);
        }
        int node = kind < 4 && hard.length > 0 ? hard[r.nextInt(hard.length)] : movable[r.nextInt(movable.length)];
        if (kind < 6) {
            // a small step, as an annealer near the end would make
            return new ShiftMove(node, st.x(node) + (r.nextDouble() - 0.5) * width * 0.05,
                    st.y(node) + (r.nextDouble() - 0.5) * height * 0.05);
        }
        return new ShiftMove(node, -0.05 * width + r.nextDouble() * width * 1.1,
                -0.05 * height + r.nextDouble() * height * 1.1);
    }
}
