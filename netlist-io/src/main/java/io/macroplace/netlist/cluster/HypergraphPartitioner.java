package io.macroplace.netlist.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The partitioner behind {@link Clusterer}, for any weighted hypergraph (hMETIS's problem):
 * k parts, some vertices fixed to given parts, every part within {@code 1 + imbalance} of the mean
 * weight (a part whose fixed vertices alone weigh more may keep them), the connectivity and cut as
 * small as found. Multilevel recursive bisection ({@link RecursiveBisection}), then k-way
 * refinement ({@link KWayRefiner}). Deterministic for a seed.
 */
public final class HypergraphPartitioner {
    /**
     * @param part         the part of every vertex
     * @param cut          weight of the nets with pins in more than one part
     * @param connectivity sum over nets of weight x (parts spanned - 1)
     */
    public record Result(int[] part, double cut, double connectivity) {
    }

    private HypergraphPartitioner() {
    }

    /**
     * @param vertexWeight weight of each vertex (its count is the vertex count)
     * @param netStart     CSR offsets of the nets, one more than the number of nets
     * @param pins         the vertices of each net, {@code pins[netStart[e] ..]}; repeats allowed
     * @param netWeight    weight of each net
     * @param fixedPart    per vertex -1 (free) or the part it must end in
     * @param runs         multilevel bisections per split, the best kept
     */
    public static Result partition(double[] vertexWeight, int[] netStart, int[] pins, double[] netWeight,
                                   int[] fixedPart, int parts, double imbalance, int runs, long seed) {
        int n = vertexWeight.length;
        if (fixedPart.length != n || netWeight.length != netStart.length - 1) {
            throw new IllegalArgumentException("array lengths disagree");
        }
        Hypergraph.Builder b = new Hypergraph.Builder(vertexWeight.clone());
        for (int e = 0; e < netWeight.length; e++) {
            b.addNet(pins, netStart[e], netStart[e + 1] - netStart[e], netWeight[e]);
        }
        Hypergraph h = b.build();
        return partition(h, fixedPart, parts, imbalance, runs, seed);
    }

    static Result partition(Hypergraph h, int[] fixedPart, int parts, double imbalance, int runs, long seed) {
        Bisection.Settings settings = Bisection.Settings.defaults().withRuns(runs);
        int[] part = RecursiveBisection.partition(h, fixedPart, parts, imbalance, settings, seed);
        double[] fixedWeight = new double[parts];
        boolean[] fixed = new boolean[h.vertexCount];
        for (int v = 0; v < h.vertexCount; v++) {
            if (fixedPart[v] >= 0) {
                fixed[v] = true;
                fixedWeight[fixedPart[v]] += h.vertexWeight[v];
            }
        }
        double[] maxWeight = new double[parts];
        Arrays.fill(maxWeight, h.totalWeight / parts * (1 + imbalance));
        for (int q = 0; q < parts; q++) {
            maxWeight[q] = Math.max(maxWeight[q], fixedWeight[q]);
        }
        KWayRefiner.refine(h, part, parts, fixed, maxWeight, 16, new SplittableRandom(seed ^ 0x5DEECE66DL));
        return new Result(part, h.cut(part, false, parts), h.cut(part, true, parts));
    }
}
