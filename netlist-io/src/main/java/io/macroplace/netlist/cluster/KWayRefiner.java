package io.macroplace.netlist.cluster;

import java.util.SplittableRandom;

/**
 * Greedy k-way refinement of a finished partition, by label propagation on the connectivity
 * (lambda - 1) metric: in rounds, each free vertex that touches another part moves to the
 * adjacent part that lowers the metric most, if that part stays under its maximum weight. The gain
 * of moving v from p to q is {@code conn(q) - W(v) + B(v)}, where W is the weight of v's nets,
 * conn(q) the weight of those with a pin in q and B the weight of those with no other pin in p.
 * Only strictly improving moves are made, so the metric falls monotonically; rounds stop when one
 * moves nothing.
 */
final class KWayRefiner {
    private KWayRefiner() {
    }

    /**
     * @param part      the part of every vertex, changed in place
     * @param fixed     vertices that must not move
     * @param maxWeight the largest weight each part may reach by a move
     * @return the number of moves made
     */
    static int refine(Hypergraph h, int[] part, int parts, boolean[] fixed, double[] maxWeight, int rounds,
                      SplittableRandom rng) {
        double[] weight = new double[parts];
        for (int v = 0; v < h.vertexCount; v++) {
            weight[part[v]] += h.vertexWeight[v];
        }
        double[] conn = new double[parts];
        int[] seenInNet = new int[parts];
        java.util.Arrays.fill(seenInNet, -1);
        int[] touched = new int[parts];
        int moves = 0;
        for (int r = 0; r < rounds; r++) {
            int movedThisRound = 0;
            for (int v : Coarsening.permutation(h.vertexCount, rng)) {
                if (fixed[v]) {
                    continue;
                }
                int p = part[v];
                double netWeight = 0;
                double freed = 0;
                int count = 0;
                for (int i = h.vertexStart[v]; i < h.vertexStart[v + 1]; i++) {
                    int e = h.incidence[i];
                    double w = h.netWeight[e];
                    netWeight += w;
                    boolean otherInP = false;
                    for (int k = h.netStart[e]; k < h.netStart[e + 1]; k++) {
                        int u = h.pins[k];
                        if (u == v) {
                            continue;
                        }
                        int q = part[u];
                        if (q == p) {
                            otherInP = true;
                        } else if (seenInNet[q] != e) {
                            seenInNet[q] = e;
                            if (conn[q] == 0) {
                                touched[count++] = q;
                            }
                            conn[q] += w;
                        }
                    }
                    if (!otherInP) {
                        freed += w;
                    }
                }
                int best = -1;
                double bestGain = 1e-9;
                for (int i = 0; i < count; i++) {
                    int q = touched[i];
                    double g = conn[q] - netWeight + freed;
                    conn[q] = 0;
                    if (g > bestGain && weight[q] + h.vertexWeight[v] <= maxWeight[q]) {
                        bestGain = g;
                        best = q;
                    }
                }
                for (int i = 0; i < count; i++) {
                    seenInNet[touched[i]] = -1;
                }
                if (best >= 0) {
                    part[v] = best;
                    weight[p] -= h.vertexWeight[v];
                    weight[best] += h.vertexWeight[v];
                    movedThisRound++;
                }
            }
            moves += movedThisRound;
            if (movedThisRound == 0) {
                break;
            }
        }
        return moves;
    }
}
