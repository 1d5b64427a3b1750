package io.macroplace.netlist.cluster;

/**
 * The hypergraph that is partitioned: one vertex per seed group (its pins, ports and cells
 * contracted, since they must end together anyway), then one per free movable cell, in node
 * order. A vertex weighs the area of its cells (their count, in a netlist whose cells have no
 * area). Kept nets connect the vertices of their pins;
 * pins on nodes outside the hypergraph (pins of soft macros kept as they are, fixed cells, ports
 * without a position) are left out.
 */
final class ClusterGraph {
    final Hypergraph hypergraph;
    /** The vertex of each node, -1 for nodes outside the hypergraph. */
    final int[] vertexOfNode;
    /** Vertices {@code [0, seeds)} are the seed groups, group g as vertex g. */
    final int seeds;

    private ClusterGraph(Hypergraph hypergraph, int[] vertexOfNode, int seeds) {
        this.hypergraph = hypergraph;
        this.vertexOfNode = vertexOfNode;
        this.seeds = seeds;
    }

    static ClusterGraph of(FlatNetlist f, SeedGroups.Result seedGroups) {
        int n = f.nodeCount;
        int[] vertexOf = new int[n];
        int count = seedGroups.count();
        for (int v = 0; v < n; v++) {
            int g = seedGroups.group()[v];
            vertexOf[v] = g >= 0 ? g : f.movable[v] ? count++ : -1;
        }
        double cellArea = 0;
        for (int v = 0; v < n; v++) {
            cellArea += f.movable[v] ? f.area[v] : 0;
        }
        double[] weight = new double[count];
        for (int v = 0; v < n; v++) {
            if (vertexOf[v] >= 0 && f.movable[v]) {
                weight[vertexOf[v]] += cellArea > 0 ? f.area[v] : 1;
            }
        }
        Hypergraph.Builder b = new Hypergraph.Builder(weight);
        int[] buffer = new int[64];
        for (int e = 0; e < f.kept.length; e++) {
            if (!f.kept[e]) {
                continue;
            }
            int size = 0;
            int s = f.netStart[e];
            int end = f.netStart[e + 1];
            if (buffer.length < end - s) {
                buffer = new int[Math.max(end - s, 2 * buffer.length)];
            }
            for (int i = s; i < end; i++) {
                int vertex = vertexOf[f.netPins[i]];
                if (vertex >= 0) {
                    buffer[size++] = vertex;
                }
            }
            b.addNet(buffer, 0, size, f.netlist.netWeight(e));
        }
        return new ClusterGraph(b.build(), vertexOf, seedGroups.count());
    }
}
