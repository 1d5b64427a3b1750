package io.macroplace.netlist.cluster;

import java.util.SplittableRandom;

/**
 * Two-way Fiduccia-Mattheyses refinement of a bisection of one hypergraph, plus the greedy
 * growing that makes initial bisections. Gains of every vertex are kept exact through each move
 * by FM's delta rules on the per-net pin counts of both sides; the boundary vertices wait in one
 * {@link GainHeap} per side. A pass moves the best feasible vertex, locks it, and at the end rolls
 * back to the best prefix: least overload first (weight above a side's maximum), then least cut.
 * A side whose fixed vertices alone exceed its maximum gets that weight as its maximum.
 */
final class FmRefiner {
    private final Hypergraph h;
    private final byte[] fixed;
    private final double[] max = new double[2];
    private final int[] pinsOnSide; // net e: [2e] side 0, [2e + 1] side 1
    private final double[] gain;
    private final boolean[] locked;
    private final GainHeap[] heaps;
    private final int[] moves;
    private final int stopAfter;
    private final double tolerance;
    private byte[] side;
    private final double[] weight = new double[2];
    private double cut;

    /**
     * @param fixed per vertex -1 (free), 0 or 1 (fixed to that side)
     * @param max0  largest weight side 0 may have; {@code max1} likewise
     */
    FmRefiner(Hypergraph h, byte[] fixed, double max0, double max1) {
        this.h = h;
        this.fixed = fixed;
        double[] fixedWeight = new double[2];
        for (int v = 0; v < h.vertexCount; v++) {
            if (fixed[v] >= 0) {
                fixedWeight[fixed[v]] += h.vertexWeight[v];
            }
        }
        this.max[0] = Math.max(max0, fixedWeight[0]);
        this.max[1] = Math.max(max1, fixedWeight[1]);
        this.pinsOnSide = new int[2 * h.netCount];
        this.gain = new double[h.vertexCount];
        this.locked = new boolean[h.vertexCount];
        this.heaps = new GainHeap[] {new GainHeap(h.vertexCount), new GainHeap(h.vertexCount)};
        this.moves = new int[h.vertexCount];
        this.stopAfter = Math.max(100, h.vertexCount / 100);
        this.tolerance = 1e-12 * Math.max(1, h.totalWeight);
    }

    double cut() {
        return cut;
    }

    /** Weight above the sides' maxima, 0 when the bisection is balanced. */
    double overload() {
        return Math.max(0, weight[0] - max[0]) + Math.max(0, weight[1] - max[1]);
    }

    /** Runs passes on {@code side} (changed in place) until one gains nothing; returns the cut. */
    double refine(byte[] side, int maxPasses) {
        this.side = side;
        for (int pass = 0; pass < maxPasses; pass++) {
            if (!pass()) {
                break;
            }
        }
        initialise();
        return cut;
    }

    /**
     * Greedy growing: moves free vertices from side {@code 1 - to} to side {@code to}, best gain
     * first (starting from a random one when {@code to} is empty), until {@code to} weighs at least
     * {@code target}.
     */
    void grow(byte[] side, int to, double target, SplittableRandom rng) {
        this.side = side;
        int from = 1 - to;
        initialise();
        GainHeap heap = heaps[from];
        heap.clear();
        heaps[to].clear();
        int candidates = 0;
        for (int v = 0; v < h.vertexCount; v++) {
            locked[v] = false;
            if (fixed[v] < 0 && side[v] == from) {
                heap.insert(v, gain[v]);
                candidates++;
            }
        }
        if (candidates == 0) {
            return;
        }
        if (weight[to] == 0 && target > 0) {
            int pick = rng.nextInt(candidates);
            for (int v = 0; v < h.vertexCount; v++) {
                if (fixed[v] < 0 && side[v] == from && pick-- == 0) {
                    heap.remove(v);
                    cut -= gain[v];
                    move(v);
                    break;
                }
            }
        }
        while (weight[to] < target && !heap.isEmpty()) {
            int v = heap.top();
            heap.remove(v);
            if (weight[to] + h.vertexWeight[v] > max[to]) {
                continue;
            }
            cut -= gain[v];
            move(v);
        }
        heaps[0].clear();
        heaps[1].clear();
    }

    /** Pin counts, weights, cut and every vertex's gain from {@link #side}. */
    private void initialise() {
        java.util.Arrays.fill(pinsOnSide, 0);
        weight[0] = 0;
        weight[1] = 0;
        for (int v = 0; v < h.vertexCount; v++) {
            weight[side[v]] += h.vertexWeight[v];
        }
        cut = 0;
        for (int e = 0; e < h.netCount; e++) {
            for (int i = h.netStart[e]; i < h.netStart[e + 1]; i++) {
                pinsOnSide[2 * e + side[h.pins[i]]]++;
            }
            if (pinsOnSide[2 * e] > 0 && pinsOnSide[2 * e + 1] > 0) {
                cut += h.netWeight[e];
            }
        }
        for (int v = 0; v < h.vertexCount; v++) {
            int s = side[v];
            double g = 0;
            for (int i = h.vertexStart[v]; i < h.vertexStart[v + 1]; i++) {
                int e = h.incidence[i];
                if (pinsOnSide[2 * e + s] == 1) {
                    g += h.netWeight[e];
                }
                if (pinsOnSide[2 * e + 1 - s] == 0) {
                    g -= h.netWeight[e];
                }
            }
            gain[v] = g;
        }
    }

    /** One FM pass; true when it left the bisection better (less overload, or less cut). */
    private boolean pass() {
        initialise();
        heaps[0].clear();
        heaps[1].clear();
        for (int v = 0; v < h.vertexCount; v++) {
            locked[v] = false;
            if (fixed[v] < 0 && isBoundary(v)) {
                heaps[side[v]].insert(v, gain[v]);
            }
        }
        double startCut = cut;
        double startOverload = overload();
        double bestCut = startCut;
        double bestOverload = startOverload;
        int moved = 0;
        int bestMoved = 0;
        int sinceBest = 0;
        while (true) {
            int v = select();
            if (v < 0) {
                break;
            }
            heaps[side[v]].remove(v);
            locked[v] = true;
            cut -= gain[v];
            move(v);
            moves[moved++] = v;
            double o = overload();
            if (o < bestOverload - tolerance || o <= bestOverload + tolerance && cut < bestCut - 1e-9) {
                bestCut = cut;
                bestOverload = o;
                bestMoved = moved;
                sinceBest = 0;
            } else if (++sinceBest > stopAfter) {
                break;
            }
        }
        for (int i = moved - 1; i >= bestMoved; i--) {
            int v = moves[i];
            side[v] ^= 1;
        }
        return bestMoved > 0;
    }

    private boolean isBoundary(int v) {
        for (int i = h.vertexStart[v]; i < h.vertexStart[v + 1]; i++) {
            int e = h.incidence[i];
            if (pinsOnSide[2 * e] > 0 && pinsOnSide[2 * e + 1] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The best-gain vertex whose move keeps its target side within its maximum, or -1. */
    private int select() {
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int from = 0; from < 2; from++) {
            if (heaps[from].isEmpty()) {
                continue;
            }
            int v = heaps[from].top();
            int to = 1 - from;
            boolean feasible = weight[to] + h.vertexWeight[v] <= max[to] || weight[from] > max[from];
            if (feasible && heaps[from].topKey() > bestGain) {
                best = v;
                bestGain = heaps[from].topKey();
            }
        }
        return best;
    }

    /** Moves {@code v} to the other side, updating pin counts, weights and neighbour gains. */
    private void move(int v) {
        int from = side[v];
        int to = 1 - from;
        for (int i = h.vertexStart[v]; i < h.vertexStart[v + 1]; i++) {
            int e = h.incidence[i];
            double w = h.netWeight[e];
            int onTo = pinsOnSide[2 * e + to];
            if (onTo == 0) {
                adjustAll(e, v, w);
            } else if (onTo == 1) {
                adjustOne(e, v, to, -w);
            }
            pinsOnSide[2 * e + from]--;
            pinsOnSide[2 * e + to]++;
            int onFrom = pinsOnSide[2 * e + from];
            if (onFrom == 0) {
                adjustAll(e, v, -w);
            } else if (onFrom == 1) {
                adjustOne(e, v, from, w);
            }
        }
        side[v] = (byte) to;
        weight[from] -= h.vertexWeight[v];
        weight[to] += h.vertexWeight[v];
        gain[v] = -gain[v];
    }

    private void adjustAll(int e, int except, double delta) {
        for (int i = h.netStart[e]; i < h.netStart[e + 1]; i++) {
            int u = h.pins[i];
            if (u != except) {
                adjust(u, delta);
            }
        }
    }

    private void adjustOne(int e, int except, int onSide, double delta) {
        for (int i = h.netStart[e]; i < h.netStart[e + 1]; i++) {
            int u = h.pins[i];
            if (u != except && side[u] == onSide) {
                adjust(u, delta);
                return;
            }
        }
    }

    private void adjust(int u, double delta) {
        gain[u] += delta;
        if (locked[u] || fixed[u] >= 0) {
            return;
        }
        GainHeap heap = heaps[side[u]];
        if (heap.contains(u)) {
            heap.update(u, gain[u]);
        } else {
            heap.insert(u, gain[u]);
        }
    }
}
