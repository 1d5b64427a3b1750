package io.macroplace.netlist.graph;

import io.macroplace.netlist.Netlist;
import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Undirected weighted graph views of a netlist, for graph algorithms (statistics, clustering, a
 * policy's graph encoder). Vertices are the node ids of every macro (hard and soft), port and
 * standard cell, connected or not; a macro pin collapses onto its macro. Edge weights accumulate
 * over nets; a net that touches one vertex twice counts it once, and makes no self loop.
 */
public final class ConnectivityGraphs {
    /**
     * Nets with more distinct vertices than this become stars even in the clique model: a flat
     * netlist's clock or reset net would otherwise add millions of edges.
     */
    public static final int DEFAULT_CLIQUE_LIMIT = 500;

    private ConnectivityGraphs() {
    }

    /** The view with {@link #DEFAULT_CLIQUE_LIMIT}. */
    public static Graph<Integer, DefaultWeightedEdge> of(Netlist netlist, NetModel model) {
        return of(netlist, model, DEFAULT_CLIQUE_LIMIT);
    }

    /**
     * @param cliqueLimit largest net (in distinct vertices) expanded as a clique under
     *                    {@link NetModel#CLIQUE}; larger ones are expanded as stars
     */
    public static Graph<Integer, DefaultWeightedEdge> of(Netlist netlist, NetModel model, int cliqueLimit) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < netlist.nodeCount(); v++) {
            if (!netlist.kind(v).isPin()) {
                g.addVertex(v);
            }
        }
        EdgeAccumulator edges = accumulate(netlist, model, cliqueLimit);
        for (int e = 0; e < edges.size(); e++) {
            g.setEdgeWeight(g.addEdge(edges.a(e), edges.b(e)), edges.weight(e));
        }
        return g;
    }

    /** The same edges as {@link #of(Netlist, NetModel, int)}, as flat arrays (no graph objects). */
    public static WeightedEdges edges(Netlist netlist, NetModel model, int cliqueLimit) {
        EdgeAccumulator acc = accumulate(netlist, model, cliqueLimit);
        int m = acc.size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            a[e] = acc.a(e);
            b[e] = acc.b(e);
            w[e] = acc.weight(e);
        }
        return new WeightedEdges(a, b, w);
    }

    private static EdgeAccumulator accumulate(Netlist netlist, NetModel model, int cliqueLimit) {
        if (cliqueLimit < 2) {
            throw new IllegalArgumentException("cliqueLimit must be >= 2, got " + cliqueLimit);
        }
        int n = netlist.nodeCount();
        EdgeAccumulator edges = new EdgeAccumulator(netlist.netPinCount());
        int[] seenInNet = new int[n];
        Arrays.fill(seenInNet, -1);
        int[] members = new int[16];
        for (int net = 0; net < netlist.netCount(); net++) {
            // distinct vertices of the net, the driver's first
            int k = 0;
            for (int i = netlist.netStart(net); i < netlist.netEnd(net); i++) {
                int v = vertexOf(netlist, netlist.netPin(i));
                if (seenInNet[v] != net) {
                    seenInNet[v] = net;
                    if (k == members.length) {
                        members = Arrays.copyOf(members, k * 2);
                    }
                    members[k++] = v;
                }
            }
            if (k < 2) {
                continue;
            }
            double w = netlist.netWeight(net);
            if (model == NetModel.CLIQUE && k <= cliqueLimit) {
                double share = w / (k - 1);
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        edges.add(members[a], members[b], share);
                    }
                }
            } else {
                for (int b = 1; b < k; b++) {
                    edges.add(members[0], members[b], w);
                }
            }
        }
        return edges;
    }

    /** The vertex a netlist node belongs to: its macro for a pin, else itself. */
    public static int vertexOf(Netlist netlist, int node) {
        return netlist.kind(node).isPin() ? netlist.pinMacro(node) : node;
    }
}
