package io.macroplace.netlist.cluster;

import java.util.SplittableRandom;

/**
 * k-way partitioning by recursive multilevel bisection (hMETIS's scheme). A range of parts
 * {@code [lo, hi)} is split in two halves whose target weights are proportional to their part
 * counts; each half recurses on the sub-hypergraph of its vertices. Cut nets are split, not
 * dropped (each half keeps its pins), so the recursion minimises the connectivity (lambda - 1)
 * metric. Every bisection may deviate from its targets by {@code (1 + eps)^(1 / depth) - 1}, so
 * that the parts end within about {@code 1 + eps} of the mean. A vertex fixed to part p goes to
 * the half that holds p at every level.
 */
final class RecursiveBisection {
    private final Bisection.Settings settings;
    private final SplittableRandom rng;
    private final double levelEps;
    private final int[] part;

    private RecursiveBisection(int vertices, int parts, double eps, Bisection.Settings settings, long seed) {
        this.settings = settings;
        this.rng = new SplittableRandom(seed);
        int depth = 32 - Integer.numberOfLeadingZeros(Math.max(1, parts - 1));
        this.levelEps = depth == 0 ? eps : Math.pow(1 + eps, 1.0 / depth) - 1;
        this.part = new int[vertices];
    }

    /**
     * @param fixedPart per vertex -1 (free) or the part it must end in
     * @return the part, in [0, parts), of every vertex
     */
    static int[] partition(Hypergraph h, int[] fixedPart, int parts, double eps, Bisection.Settings settings,
                           long seed) {
        RecursiveBisection rb = new RecursiveBisection(h.vertexCount, parts, eps, settings, seed);
        int[] ids = new int[h.vertexCount];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = v;
        }
        rb.split(h, ids, fixedPart, 0, parts);
        return rb.part;
    }

    private void split(Hypergraph g, int[] global, int[] fixedPart, int lo, int hi) {
        if (hi - lo == 1 || g.vertexCount == 0) {
            for (int id : global) {
                part[id] = lo;
            }
            return;
        }
        int mid = lo + (hi - lo) / 2;
        byte[] fixedSide = new byte[g.vertexCount];
        for (int v = 0; v < g.vertexCount; v++) {
            fixedSide[v] = (byte) (fixedPart[v] < 0 ? -1 : fixedPart[v] < mid ? 0 : 1);
        }
        double target0 = g.totalWeight * (mid - lo) / (hi - lo);
        byte[] side = Bisection.bisect(g, fixedSide, target0, levelEps, settings, rng);
        for (int s = 0; s < 2; s++) {
            int[] local = new int[g.vertexCount];
            int count = 0;
            for (int v = 0; v < g.vertexCount; v++) {
                local[v] = side[v] == s ? count++ : -1;
            }
            int[] subGlobal = new int[count];
            int[] subFixed = new int[count];
            double[] subWeight = new double[count];
            for (int v = 0; v < g.vertexCount; v++) {
                if (local[v] >= 0) {
                    subGlobal[local[v]] = global[v];
                    subFixed[local[v]] = fixedPart[v];
                    subWeight[local[v]] = g.vertexWeight[v];
                }
            }
            Hypergraph.Builder b = new Hypergraph.Builder(subWeight);
            int[] buffer = new int[64];
            for (int e = 0; e < g.netCount; e++) {
                int size = 0;
                if (buffer.length < g.netSize(e)) {
                    buffer = new int[Math.max(g.netSize(e), 2 * buffer.length)];
                }
                for (int i = g.netStart[e]; i < g.netStart[e + 1]; i++) {
                    int l = local[g.pins[i]];
                    if (l >= 0) {
                        buffer[size++] = l;
                    }
                }
                b.addNet(buffer, 0, size, g.netWeight[e]);
            }
            Hypergraph sub = b.build();
            if (s == 0) {
                split(sub, subGlobal, subFixed, lo, mid);
            } else {
                split(sub, subGlobal, subFixed, mid, hi);
            }
        }
    }
}
