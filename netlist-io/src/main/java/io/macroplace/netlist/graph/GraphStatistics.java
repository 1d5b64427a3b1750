package io.macroplace.netlist.graph;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * Size, connectivity and degree figures of a graph, computed once when built (JGraphT style: an
 * object on a graph, then queried). Degrees count incident edges (in + out for directed graphs);
 * weighted degrees sum their weights. An empty graph reports zeros.
 */
public final class GraphStatistics<V, E> {
    private final int vertexCount;
    private final int edgeCount;
    private final int componentCount;
    private final int largestComponentSize;
    private final int isolatedVertexCount;
    private final int minDegree;
    private final int maxDegree;
    private final double meanDegree;
    private final double minWeightedDegree;
    private final double maxWeightedDegree;
    private final double meanWeightedDegree;
    private final double totalEdgeWeight;

    public GraphStatistics(Graph<V, E> graph) {
        this.vertexCount = graph.vertexSet().size();
        this.edgeCount = graph.edgeSet().size();
        List<Set<V>> components = new ConnectivityInspector<>(graph).connectedSets();
        this.componentCount = components.size();
        int largest = 0;
        for (Set<V> c : components) {
            largest = Math.max(largest, c.size());
        }
        this.largestComponentSize = largest;
        int minD = Integer.MAX_VALUE;
        int maxD = 0;
        long sumD = 0;
        int isolated = 0;
        double minW = Double.POSITIVE_INFINITY;
        double maxW = 0;
        double sumW = 0;
        for (V v : graph.vertexSet()) {
            int d = graph.degreeOf(v);
            double w = 0;
            for (E e : graph.edgesOf(v)) {
                w += graph.getEdgeWeight(e);
            }
            minD = Math.min(minD, d);
            maxD = Math.max(maxD, d);
            sumD += d;
            isolated += d == 0 ? 1 : 0;
            minW = Math.min(minW, w);
            maxW = Math.max(maxW, w);
            sumW += w;
        }
        double total = 0;
        for (E e : graph.edgeSet()) {
            total += graph.getEdgeWeight(e);
        }
        boolean empty = vertexCount == 0;
        this.minDegree = empty ? 0 : minD;
        this.maxDegree = maxD;
        this.meanDegree = empty ? 0 : (double) sumD / vertexCount;
        this.isolatedVertexCount = isolated;
        this.minWeightedDegree = empty ? 0 : minW;
        this.maxWeightedDegree = maxW;
        this.meanWeightedDegree = empty ? 0 : sumW / vertexCount;
        this.totalEdgeWeight = total;
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Number of connected components (weakly connected for directed graphs); isolated vertices count. */
    public int componentCount() {
        return componentCount;
    }

    public int largestComponentSize() {
        return largestComponentSize;
    }

    /** Vertices with no edge (e.g. unconnected macros). */
    public int isolatedVertexCount() {
        return isolatedVertexCount;
    }

    public int minDegree() {
        return minDegree;
    }

    public int maxDegree() {
        return maxDegree;
    }

    public double meanDegree() {
        return meanDegree;
    }

    public double minWeightedDegree() {
        return minWeightedDegree;
    }

    public double maxWeightedDegree() {
        return maxWeightedDegree;
    }

    public double meanWeightedDegree() {
        return meanWeightedDegree;
    }

    public double totalEdgeWeight() {
        return totalEdgeWeight;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "vertices %d, edges %d, components %d (largest %d, isolated %d), degree %d/%.3f/%d,"
                        + " weighted degree %.3f/%.3f/%.3f (min/mean/max)",
                vertexCount, edgeCount, componentCount, largestComponentSize, isolatedVertexCount, minDegree,
                meanDegree, maxDegree, minWeightedDegree, meanWeightedDegree, maxWeightedDegree);
    }
}
