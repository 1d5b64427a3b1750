package io.macroplace.env.mdp;

/**
 * The netlist as a graph for a policy's encoder: nodes are hard macros, soft macros (clusters) and
 * ports; directed edges (both directions of each undirected connection) with a weight from the
 * nets that join them. Node features are static ({@link #featureCount()} floats per node: kind
 * one-hot, normalised width and height); per-step features (placed flag, position) come with
 * each {@link Observation}.
 *
 * @param staticFeatures nodeCount * featureCount floats, row-major
 * @param edgeSource     source node of each edge
 * @param edgeTarget     target node of each edge
 * @param edgeWeight     weight of each edge
 * @param macroNode      graph node of the hard macro placed at step t (length = episode length)
 */
public record MacroGraph(int nodeCount, int featureCount, float[] staticFeatures,
                         int[] edgeSource, int[] edgeTarget, float[] edgeWeight, int[] macroNode) {
    public MacroGraph {
        if (staticFeatures.length != nodeCount * featureCount) {
            throw new IllegalArgumentException("feature array is not nodeCount * featureCount");
        }
        if (edgeSource.length != edgeTarget.length || edgeSource.length != edgeWeight.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
    }

    public int edgeCount() {
        return edgeSource.length;
    }
}
