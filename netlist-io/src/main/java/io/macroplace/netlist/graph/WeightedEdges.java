package io.macroplace.netlist.graph;

/**
 * The edges of a connectivity view as flat arrays, for code that wants no graph objects (a
 * policy's graph encoder, kernels): edge i joins node ids {@code a[i] < b[i]} with weight
 * {@code weight[i]}, in order of first appearance over the nets. The arrays are the caller's.
 */
public record WeightedEdges(int[] a, int[] b, double[] weight) {
    public WeightedEdges {
        if (a.length != b.length || a.length != weight.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
    }

    public int size() {
        return a.length;
    }
}
