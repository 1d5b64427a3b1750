package io.macroplace.netlist.cluster;

import java.util.Arrays;

/**
 * A weighted hypergraph in CSR form, both ways: net → pins ({@link #netStart}, {@link #pins}) and
 * vertex → nets ({@link #vertexStart}, {@link #incidence}). Vertices weigh their area; nets their
 * netlist weight. Every net has at least two distinct pins and no two nets have the same pins
 * (parallel nets are merged, weights summed, which leaves every cut measure unchanged). Built by
 * {@link Builder}; the arrays are shared read-only by the partitioner's passes.
 */
final class Hypergraph {
    final int vertexCount;
    final int netCount;
    final double[] vertexWeight;
    final double[] netWeight;
    final int[] netStart;
    final int[] pins;
    final int[] vertexStart;
    final int[] incidence;
    final double totalWeight;

    private Hypergraph(double[] vertexWeight, double[] netWeight, int[] netStart, int[] pins) {
        this.vertexCount = vertexWeight.length;
        this.netCount = netWeight.length;
        this.vertexWeight = vertexWeight;
        this.netWeight = netWeight;
        this.netStart = netStart;
        this.pins = pins;
        this.vertexStart = new int[vertexCount + 1];
        for (int p : pins) {
            vertexStart[p + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            vertexStart[v + 1] += vertexStart[v];
        }
        this.incidence = new int[pins.length];
        int[] fill = Arrays.copyOf(vertexStart, vertexCount);
        for (int e = 0; e < netCount; e++) {
            for (int i = netStart[e]; i < netStart[e + 1]; i++) {
                incidence[fill[pins[i]]++] = e;
            }
        }
        double total = 0;
        for (double w : vertexWeight) {
            total += w;
        }
        this.totalWeight = total;
    }

    int netSize(int e) {
        return netStart[e + 1] - netStart[e];
    }

    int degree(int v) {
        return vertexStart[v + 1] - vertexStart[v];
    }

    double maxVertexWeight() {
        double max = 0;
        for (double w : vertexWeight) {
            max = Math.max(max, w);
        }
        return max;
    }

    /**
     * Sum of the weights of nets with pins in more than one block ({@code lambdaMinusOne} false),
     * or of weight times (blocks spanned - 1), the connectivity metric (true).
     */
    double cut(int[] block, boolean lambdaMinusOne, int blocks) {
        int[] seen = new int[blocks];
        Arrays.fill(seen, -1);
        double cut = 0;
        for (int e = 0; e < netCount; e++) {
            int lambda = 0;
            for (int i = netStart[e]; i < netStart[e + 1]; i++) {
                int b = block[pins[i]];
                if (seen[b] != e) {
                    seen[b] = e;
                    lambda++;
                }
            }
            if (lambda > 1) {
                cut += lambdaMinusOne ? netWeight[e] * (lambda - 1) : netWeight[e];
            }
        }
        return cut;
    }

    /**
     * Collects nets one at a time over a fixed vertex set: pins are sorted and de-duplicated,
     * nets with fewer than two pins dropped, parallel nets merged.
     */
    static final class Builder {
        private final double[] vertexWeight;
        private final SequenceTable nets = new SequenceTable();
        private double[] weight = new double[256];
        private int[] scratch = new int[64];

        Builder(double[] vertexWeight) {
            this.vertexWeight = vertexWeight;
        }

        int vertexCount() {
            return vertexWeight.length;
        }

        /** Adds a net over {@code pins[from, from + len)} (vertex ids, repeats allowed). */
        void addNet(int[] pins, int from, int len, double w) {
            if (len < 2) {
                return;
            }
            if (scratch.length < len) {
                scratch = new int[Math.max(len, scratch.length * 2)];
            }
            System.arraycopy(pins, from, scratch, 0, len);
            Arrays.sort(scratch, 0, len);
            int distinct = 1;
            for (int i = 1; i < len; i++) {
                if (scratch[i] != scratch[distinct - 1]) {
                    scratch[distinct++] = scratch[i];
                }
            }
            if (distinct < 2) {
                return;
            }
            int id = nets.intern(scratch, 0, distinct);
            if (id == weight.length) {
                weight = Arrays.copyOf(weight, id * 2);
            }
            weight[id] += w;
        }

        Hypergraph build() {
            int m = nets.size();
            int[] start = new int[m + 1];
            for (int e = 0; e < m; e++) {
                start[e + 1] = start[e] + nets.length(e);
            }
            int[] pins = new int[start[m]];
            for (int e = 0; e < m; e++) {
                for (int i = 0; i < nets.length(e); i++) {
                    pins[start[e] + i] = nets.get(e, i);
                }
            }
            return new Hypergraph(vertexWeight, Arrays.copyOf(weight, m), start, pins);
        }
    }
}
