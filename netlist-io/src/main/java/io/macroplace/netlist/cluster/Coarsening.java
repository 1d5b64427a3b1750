package io.macroplace.netlist.cluster;

import java.util.SplittableRandom;

/**
 * One coarsening step of the multilevel scheme: first-choice clustering with the heavy-edge
 * rating. Vertices are visited in a seeded random order; a vertex not yet in a cluster joins the
 * neighbouring cluster that maximises {@code sum over shared nets of w(e) / (|e| - 1)}, divided by
 * the product of the two weights (so light vertices pair first and coarse vertices stay of
 * similar size), provided the joined weight stays under a cap and no two vertices fixed to
 * different sides meet. Nets larger than {@code maxRatedNet} pins do not rate (they say little
 * about any one pair and cost |e|^2). The coarse hypergraph merges the nets that became parallel.
 */
final class Coarsening {
    /** The coarse hypergraph, the fine → coarse vertex map and the coarse fixed sides. */
    record Level(Hypergraph coarse, int[] map, byte[] fixed) {
    }

    private Coarsening() {
    }

    static Level coarsen(Hypergraph h, byte[] fixed, double maxWeight, int maxRatedNet, SplittableRandom rng) {
        int n = h.vertexCount;
        int[] leader = new int[n];
        double[] clusterWeight = new double[n];
        byte[] clusterFixed = new byte[n];
        boolean[] taken = new boolean[n];
        for (int v = 0; v < n; v++) {
            leader[v] = v;
            clusterWeight[v] = h.vertexWeight[v];
            clusterFixed[v] = fixed[v];
        }
        double floor = Math.max(1e-12, h.totalWeight / Math.max(1, n) * 1e-2);
        double[] score = new double[n];
        int[] touched = new int[n];
        int[] order = permutation(n, rng);
        for (int u : order) {
            if (taken[u]) {
                continue;
            }
            int count = 0;
            for (int i = h.vertexStart[u]; i < h.vertexStart[u + 1]; i++) {
                int e = h.incidence[i];
                int size = h.netSize(e);
                if (size > maxRatedNet) {
                    continue;
                }
                double r = h.netWeight[e] / (size - 1);
                for (int p = h.netStart[e]; p < h.netStart[e + 1]; p++) {
                    int c = leader[h.pins[p]];
                    if (c == u) {
                        continue;
                    }
                    if (score[c] == 0) {
                        touched[count++] = c;
                    }
                    score[c] += r;
                }
            }
            int best = -1;
            double bestRating = 0;
            double wu = Math.max(h.vertexWeight[u], floor);
            for (int i = 0; i < count; i++) {
                int c = touched[i];
                double s = score[c];
                score[c] = 0;
                if (clusterWeight[c] + h.vertexWeight[u] > maxWeight) {
                    continue;
                }
                if (fixed[u] >= 0 && clusterFixed[c] >= 0 && fixed[u] != clusterFixed[c]) {
                    continue;
                }
                double rating = s / (wu * Math.max(clusterWeight[c], floor));
                if (rating > bestRating) {
                    bestRating = rating;
                    best = c;
                }
            }
            if (best >= 0) {
                leader[u] = best;
                clusterWeight[best] += h.vertexWeight[u];
                if (fixed[u] >= 0) {
                    clusterFixed[best] = fixed[u];
                }
                taken[u] = true;
                taken[best] = true;
            }
        }
        return contract(h, leader, clusterWeight, clusterFixed);
    }

    private static Level contract(Hypergraph h, int[] leader, double[] clusterWeight, byte[] clusterFixed) {
        int n = h.vertexCount;
        int[] coarseId = new int[n];
        int coarseCount = 0;
        for (int v = 0; v < n; v++) {
            if (leader[v] == v) {
                coarseId[v] = coarseCount++;
            }
        }
        int[] map = new int[n];
        double[] weight = new double[coarseCount];
        byte[] fixed = new byte[coarseCount];
        for (int v = 0; v < n; v++) {
            map[v] = coarseId[leader[v]];
            if (leader[v] == v) {
                weight[map[v]] = clusterWeight[v];
                fixed[map[v]] = clusterFixed[v];
            }
        }
        Hypergraph.Builder b = new Hypergraph.Builder(weight);
        int[] buffer = new int[64];
        for (int e = 0; e < h.netCount; e++) {
            int size = h.netSize(e);
            if (buffer.length < size) {
                buffer = new int[Math.max(size, buffer.length * 2)];
            }
            int s = h.netStart[e];
            for (int i = 0; i < size; i++) {
                buffer[i] = map[h.pins[s + i]];
            }
            b.addNet(buffer, 0, size, h.netWeight[e]);
        }
        return new Level(b.build(), map, fixed);
    }

    /** A seeded random permutation of 0..n-1. */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
