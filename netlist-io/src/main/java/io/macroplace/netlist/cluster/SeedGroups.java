package io.macroplace.netlist.cluster;

import io.macroplace.netlist.NodeKind;
import java.util.Arrays;

/**
 * The groups Circuit Training fixes before partitioning ({@code Grouping.setup_fixed_groups}):
 * the pins of each hard macro form one group; the ports form groups along each edge of the
 * canvas (a port's edge is the triangle between the canvas diagonals it lies in; walking along
 * the edge, a new group starts whenever a port lies more than one grid cell past the first port
 * of the current group); then, for each of {@code logicLevels} levels, every movable standard cell
 * that drives or is driven by a grouped node (over kept nets, in node order, first come first
 * served) joins that node's group.
 */
final class SeedGroups {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int TOP = 2;
    private static final int BOTTOM = 3;

    /** The group of every node (-1 for none) and the number of groups. */
    record Result(int[] group, int count) {
    }

    private SeedGroups() {
    }

    static Result of(FlatNetlist f, ClusterCanvas canvas, int logicLevels) {
        int n = f.nodeCount;
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int next = 0;
        for (int m = 0; m < n; m++) {
            if (f.hardMacro[m] && f.netlist.macroPinCount(m) > 0) {
                for (int i = 0; i < f.netlist.macroPinCount(m); i++) {
                    group[f.netlist.macroPin(m, i)] = next;
                }
                next++;
            }
        }
        next = portGroups(f, canvas, group, next);
        for (int level = 0; level < logicLevels; level++) {
            expand(f, group);
        }
        return new Result(group, next);
    }

    private static int portGroups(FlatNetlist f, ClusterCanvas canvas, int[] group, int next) {
        int n = f.nodeCount;
        double w = canvas.width();
        double h = canvas.height();
        // per edge: the ports and their coordinate along it
        int[] count = new int[4];
        double[][] keys = new double[4][n];
        int[][] nodes = new int[4][n];
        for (int i = 0; i < n; i++) {
            if (f.netlist.kind(i) != NodeKind.PORT || !f.positioned(i)) {
                continue;
            }
            int side = side(f.x[i], f.y[i], w, h);
            keys[side][count[side]] = side == LEFT || side == RIGHT ? f.y[i] : f.x[i];
            nodes[side][count[side]++] = i;
        }
        for (int side = 0; side < 4; side++) {
            int c = count[side];
            if (c == 0) {
                continue;
            }
            double[] key = keys[side];
            int[] node = nodes[side];
            int[] order = byKey(key, node, c);
            double distance = side == LEFT || side == RIGHT ? canvas.cellHeight() : canvas.cellWidth();
            double first = key[order[0]];
            for (int k = 0; k < c; k++) {
                double coord = key[order[k]];
                if (coord - first > distance) {
                    next++;
                    first = coord;
                }
                group[node[order[k]]] = next;
            }
            next++;
        }
        return next;
    }

    /** Indices 0..count-1 ordered by key, ties by node id (a merge sort: no boxing). */
    static int[] byKey(double[] key, int[] node, int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        int[] buffer = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int lo = 0; lo < count; lo += 2 * width) {
                int mid = Math.min(lo + width, count);
                int hi = Math.min(lo + 2 * width, count);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    boolean takeA = b >= hi || a < mid && (key[order[a]] < key[order[b]]
                            || key[order[a]] == key[order[b]] && node[order[a]] <= node[order[b]]);
                    buffer[k] = takeA ? order[a++] : order[b++];
                }
            }
            int[] t = order;
            order = buffer;
            buffer = t;
        }
        return order;
    }

    /** Circuit Training's edge of a point: which of the four triangles cut by the diagonals. */
    static int side(double x, double y, double w, double h) {
        double mx = x * h / w;
        if (y > mx) {
            return y > h - mx ? TOP : LEFT;
        }
        return y > h - mx ? RIGHT : BOTTOM;
    }

    /** One logic level: movable cells driving or driven by a grouped node join its group. */
    private static void expand(FlatNetlist f, int[] group) {
        int[] before = group.clone();
        for (int v = 0; v < f.nodeCount; v++) {
            int g = before[v];
            if (g < 0) {
                continue;
            }
            // fan-outs first, then fan-ins, as Circuit Training visits them
            for (int k = f.nodeNetStart[v]; k < f.nodeNetStart[v + 1]; k++) {
                int e = f.nodeNets[k];
                if (f.driver(e) == v) {
                    for (int i = f.netStart[e] + 1; i < f.netStart[e + 1]; i++) {
                        join(f, group, f.netPins[i], g);
                    }
                }
            }
            for (int k = f.nodeNetStart[v]; k < f.nodeNetStart[v + 1]; k++) {
                int e = f.nodeNets[k];
                if (f.driver(e) != v) {
                    join(f, group, f.driver(e), g);
                }
            }
        }
    }

    private static void join(FlatNetlist f, int[] group, int node, int g) {
        if (group[node] < 0 && f.movable[node]) {
            group[node] = g;
        }
    }
}
