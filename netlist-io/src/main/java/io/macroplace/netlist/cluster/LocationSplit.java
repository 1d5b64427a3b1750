package io.macroplace.netlist.cluster;

import java.util.Arrays;

/**
 * Circuit Training's clean-up of a partition by location ({@code grouper.break_up_and_merge}),
 * for inputs that come placed. First, a group whose members span more than {@code threshold} in x
 * or y is cut into a grid of {@code threshold}-sized buckets around the area-weighted centre of
 * its cells: the members of the centre bucket stay, each other bucket becomes a new group. Then
 * small groups (at most {@code maxSmall} members, pins and ports included) merge, in group order,
 * into the adjacent group that shares the most nets with them among those whose centre lies
 * within {@code closeness} (Manhattan); passes repeat while a merge leaves its target small.
 * Groups are numbered afresh at the end, in the order of their first member.
 */
final class LocationSplit {
    /** What the split and merge did, for the report. */
    record Outcome(int groups, int splitGroups, int newGroups, int merged) {
    }

    private LocationSplit() {
    }

    /**
     * @param group per node its group or -1, changed in place
     * @param count the number of groups ids in {@code group} may take
     */
    static Outcome apply(FlatNetlist f, int[] group, int count, double threshold, int maxSmall, double closeness) {
        int[] split = breakUp(f, group, count, threshold);
        int groups = split[0];
        int merged = merge(f, group, groups, maxSmall, closeness);
        int finalCount = renumber(group, groups);
        return new Outcome(finalCount, split[1], groups - count, merged);
    }

    /** Returns {new group count, groups that were split}. */
    private static int[] breakUp(FlatNetlist f, int[] group, int count, double threshold) {
        Members m = new Members(group, count);
        int next = count;
        int splitGroups = 0;
        for (int g = 0; g < count; g++) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int k = m.start[g]; k < m.start[g + 1]; k++) {
                int v = m.node[k];
                if (f.positioned(v)) {
                    minX = Math.min(minX, f.x[v]);
                    maxX = Math.max(maxX, f.x[v]);
                    minY = Math.min(minY, f.y[v]);
                    maxY = Math.max(maxY, f.y[v]);
                }
            }
            boolean wideX = maxX - minX > threshold;
            boolean wideY = maxY - minY > threshold;
            if (!wideX && !wideY) {
                continue;
            }
            splitGroups++;
            double[] c = centre(f, m, g);
            // buckets (xb, yb) in first-seen order; a group rarely spans more than a few
            long[] bucketKey = new long[8];
            int[] bucketGroup = new int[8];
            int buckets = 0;
            for (int k = m.start[g]; k < m.start[g + 1]; k++) {
                int v = m.node[k];
                if (!f.positioned(v)) {
                    continue;
                }
                int xb = wideX ? bucket(f.x[v] - c[0], threshold) : 0;
                int yb = wideY ? bucket(f.y[v] - c[1], threshold) : 0;
                if (xb == 0 && yb == 0) {
                    continue;
                }
                long key = ((long) xb << 32) ^ (yb & 0xffffffffL);
                int b = 0;
                while (b < buckets && bucketKey[b] != key) {
                    b++;
                }
                if (b == buckets) {
                    if (buckets == bucketKey.length) {
                        bucketKey = Arrays.copyOf(bucketKey, buckets * 2);
                        bucketGroup = Arrays.copyOf(bucketGroup, buckets * 2);
                    }
                    bucketKey[buckets] = key;
                    bucketGroup[buckets++] = next++;
                }
                group[v] = bucketGroup[b];
            }
        }
        return new int[] {next, splitGroups};
    }

    /** Circuit Training's bucket of an offset: rounded to the nearest multiple of the step. */
    static int bucket(double offset, double step) {
        return offset > 0 ? (int) (0.5 + offset / step) : (int) (-0.5 + offset / step);
    }

    /** Area-weighted centre of a group's movable cells; (0, 0) when it has none, as in CT. */
    private static double[] centre(FlatNetlist f, Members m, int g) {
        double sx = 0;
        double sy = 0;
        double a = 0;
        for (int k = m.start[g]; k < m.start[g + 1]; k++) {
            int v = m.node[k];
            if (f.movable[v] && f.positioned(v)) {
                sx += f.x[v] * f.area[v];
                sy += f.y[v] * f.area[v];
                a += f.area[v];
            }
        }
        return a < 1e-9 ? new double[] {0, 0} : new double[] {sx / a, sy / a};
    }

    private static int merge(FlatNetlist f, int[] group, int count, int maxSmall, double closeness) {
        if (maxSmall <= 0) {
            return 0;
        }
        int merged = 0;
        double[] adjacency = new double[count];
        int[] touched = new int[count];
        int[] netSeen = new int[f.kept.length];
        Arrays.fill(netSeen, -1);
        int[] inNet = new int[count];
        Arrays.fill(inNet, -1);
        int stamp = 0;
        boolean again = true;
        while (again) {
            again = false;
            boolean[] absorbed = new boolean[count];
            Members m = new Members(group, count);
            double[] cx = new double[count];
            double[] cy = new double[count];
            for (int g = 0; g < count; g++) {
                double[] c = centre(f, m, g);
                cx[g] = c[0];
                cy[g] = c[1];
            }
            int[] size = new int[count];
            for (int g = 0; g < count; g++) {
                size[g] = m.start[g + 1] - m.start[g];
            }
            for (int g = 0; g < count; g++) {
                if (size[g] == 0 || size[g] > maxSmall) {
                    continue;
                }
                if (absorbed[g]) {
                    again = true; // its member list is stale; the next pass looks at it again
                    continue;
                }
                stamp++;
                int touchedCount = 0;
                for (int k = m.start[g]; k < m.start[g + 1]; k++) {
                    int v = m.node[k];
                    if (group[v] != g) {
                        continue; // moved by an earlier merge of this pass
                    }
                    for (int i = f.nodeNetStart[v]; i < f.nodeNetStart[v + 1]; i++) {
                        int e = f.nodeNets[i];
                        if (netSeen[e] == stamp || group[f.driver(e)] < 0) {
                            continue;
                        }
                        netSeen[e] = stamp;
                        for (int p = f.netStart[e]; p < f.netStart[e + 1]; p++) {
                            int q = group[f.netPins[p]];
                            if (q < 0 || q == g || inNet[q] == e) {
                                continue;
                            }
                            inNet[q] = e;
                            if (adjacency[q] == 0) {
                                touched[touchedCount++] = q;
                            }
                            adjacency[q]++;
                        }
                    }
                }
                int best = -1;
                double bestAdjacency = 0;
                for (int i = 0; i < touchedCount; i++) {
                    int q = touched[i];
                    double a = adjacency[q];
                    adjacency[q] = 0;
                    inNet[q] = -1;
                    boolean close = Math.abs(cx[q] - cx[g]) + Math.abs(cy[q] - cy[g]) <= closeness;
                    if (close && (a > bestAdjacency || a == bestAdjacency && q < best)) {
                        bestAdjacency = a;
                        best = q;
                    }
                }
                if (best < 0) {
                    continue;
                }
                for (int k = m.start[g]; k < m.start[g + 1]; k++) {
                    int v = m.node[k];
                    if (group[v] == g) {
                        group[v] = best;
                    }
                }
                size[best] += size[g];
                size[g] = 0;
                absorbed[best] = true;
                merged++;
                if (size[best] <= maxSmall) {
                    again = true;
                }
            }
        }
        return merged;
    }

    /** Numbers the non-empty groups 0.. in the order of their first member; returns how many. */
    private static int renumber(int[] group, int count) {
        int[] id = new int[count];
        Arrays.fill(id, -1);
        int next = 0;
        for (int v = 0; v < group.length; v++) {
            int g = group[v];
            if (g >= 0) {
                if (id[g] < 0) {
                    id[g] = next++;
                }
                group[v] = id[g];
            }
        }
        return next;
    }

    /** The members of every group, grouped by a counting sort: {@code node[start[g] ..]}. */
    static final class Members {
        final int[] start;
        final int[] node;

        Members(int[] group, int count) {
            start = new int[count + 1];
            int total = 0;
            for (int g : group) {
                if (g >= 0) {
                    start[g + 1]++;
                    total++;
                }
            }
            for (int g = 0; g < count; g++) {
                start[g + 1] += start[g];
            }
            node = new int[total];
            int[] fill = Arrays.copyOf(start, count);
            for (int v = 0; v < group.length; v++) {
                if (group[v] >= 0) {
                    node[fill[group[v]]++] = v;
                }
            }
        }
    }
}
