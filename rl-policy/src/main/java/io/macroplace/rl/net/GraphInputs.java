package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The constant graph tensors of one design. Gathers and scatters are dense one-hot incidence
 * matmuls because {@code sd.gather} has a wrong gradient for repeated indices in ND4J 1.0.0-M2.1.
 * Memory is O(E·N) per matrix: fine for the few hundred to few thousand nodes of clustered designs.
 *
 * @param source     [E, N] one-hot of each edge's source node
 * @param target     [E, N] one-hot of each edge's target node
 * @param aggregate  [N, E] mean over incoming edges (row-normalised transpose of target)
 * @param weight     [E, 1, 1] edge weights normalised to max 1
 */
public record GraphInputs(MacroGraph graph, int rows, int columns, int episodeLength,
                          INDArray source, INDArray target, INDArray aggregate, INDArray weight) {

    public static GraphInputs of(MacroGraph g, int rows, int columns, int episodeLength, DataType type) {
        int n = g.nodeCount();
        int e = g.edgeCount();
        if (e == 0) {
            throw new IllegalArgumentException("graph has no edges");
        }
        double[][] src = new double[e][n];
        double[][] dst = new double[e][n];
        double[][] agg = new double[n][e];
        int[] inDegree = new int[n];
        double maxW = 0;
        for (int i = 0; i < e; i++) {
            inDegree[g.edgeTarget()[i]]++;
            maxW = Math.max(maxW, Math.abs(g.edgeWeight()[i]));
        }
        double[] w = new double[e];
        for (int i = 0; i < e; i++) {
            src[i][g.edgeSource()[i]] = 1;
            dst[i][g.edgeTarget()[i]] = 1;
            agg[g.edgeTarget()[i]][i] = 1.0 / inDegree[g.edgeTarget()[i]];
            w[i] = maxW > 0 ? g.edgeWeight()[i] / maxW : 0;
        }
        return new GraphInputs(g, rows, columns, episodeLength,
                Nd4j.create(src).castTo(type), Nd4j.create(dst).castTo(type),
                Nd4j.create(agg).castTo(type),
                Nd4j.create(w, new long[]{e, 1, 1}, DataType.DOUBLE).castTo(type));
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

    /** Key of the SameDiff graph this design needs (static shapes except the batch). */
    public GraphShape shape() {
        return new GraphShape(nodeCount(), edgeCount(), graph.featureCount(), rows, columns);
    }
}
