package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The constant graph tensors of one design, built once in Java. The graph encoder runs on these
 * alone (batch-independent), so nothing here is O(E·N): the per-edge inputs are gathered here from
 * plain arrays (no gradient flows into them) and the scatter is a segment sum.
 *
 * @param nodeFeatures [N, F] static node features
 * @param edgeFeatures [E, 2F+1] source features, target features, edge weight (normalised to max 1)
 * @param edgeTarget   [E] INT target node of each edge (segment ids of the scatter)
 * @param inDegreeInv  [N, 1] 1 / max(1, in-degree): turns the segment sum into a mean
 * @param adjacency    [N, N] row-normalised weighted adjacency with self loops, undirected
 */
public record GraphInputs(MacroGraph graph, int rows, int columns, int episodeLength,
                          INDArray nodeFeatures, INDArray edgeFeatures, INDArray edgeTarget,
                          INDArray inDegreeInv, INDArray adjacency) {

    public static GraphInputs of(MacroGraph g, int rows, int columns, int episodeLength, DataType type) {
        int n = g.nodeCount();
        int e = g.edgeCount();
        int f = g.featureCount();
        if (e == 0) {
            throw new IllegalArgumentException("graph has no edges");
        }
        float[] stat = g.staticFeatures();
        double maxW = 0;
        int[] inDegree = new int[n];
        for (int i = 0; i < e; i++) {
            inDegree[g.edgeTarget()[i]]++;
            maxW = Math.max(maxW, Math.abs(g.edgeWeight()[i]));
        }
        int ef = 2 * f + 1;
        double[] edge = new double[e * ef];
        double[] adj = new double[n * n];
        int[] tgt = new int[e];
        for (int i = 0; i < e; i++) {
            int s = g.edgeSource()[i];
            int t = g.edgeTarget()[i];
            double w = maxW > 0 ? g.edgeWeight()[i] / maxW : 0;
            for (int k = 0; k < f; k++) {
                edge[i * ef + k] = stat[s * f + k];
                edge[i * ef + f + k] = stat[t * f + k];
            }
            edge[i * ef + 2 * f] = w;
            tgt[i] = t;
            if (s != t) {
                adj[s * n + t] += Math.abs(w);
                adj[t * n + s] += Math.abs(w);
            }
        }
        double[] inv = new double[n];
        for (int v = 0; v < n; v++) {
            adj[v * n + v] += 1;
            double sum = 0;
            for (int u = 0; u < n; u++) {
                sum += adj[v * n + u];
            }
            for (int u = 0; u < n; u++) {
                adj[v * n + u] /= sum;
            }
            inv[v] = 1.0 / Math.max(1, inDegree[v]);
        }
        double[] nodes = new double[n * f];
        for (int i = 0; i < n * f; i++) {
            nodes[i] = stat[i];
        }
        return new GraphInputs(g, rows, columns, episodeLength,
                arr(nodes, type, n, f), arr(edge, type, e, ef),
                Nd4j.createFromArray(tgt),
                arr(inv, type, n, 1), arr(adj, type, n, n));
    }

    private static INDArray arr(double[] data, DataType type, long... shape) {
        return Nd4j.create(data, shape, DataType.DOUBLE).castTo(type);
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int edgeCount() {
        return graph.edgeCount();
    }

    public int cells() {
        return rows * columns;
    }

    /** True for the design's constant tensors (kept when a batch's placeholders are released). */
    boolean isConstant(INDArray a) {
        return a == nodeFeatures || a == edgeFeatures || a == edgeTarget || a == inDegreeInv || a == adjacency;
    }

    /** Key of the SameDiff graph this design needs (static shapes except the batch). */
    public GraphShape shape() {
        return new GraphShape(nodeCount(), edgeCount(), graph.featureCount(), rows, columns);
    }
}
