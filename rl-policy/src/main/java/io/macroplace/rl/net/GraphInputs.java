package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The constant graph tensors of one design, built once in Java. The graph encoder runs on these
 * alone (batch-independent), so nothing here is O(E·N): the per-edge inputs are gathered here from
 * plain arrays (no gradient flows into them).
 *
 * <p>The scatter of edge messages onto their target nodes is laid out as dense "slots" instead of a
 * segment sum, because ND4J 1.0.0-M2.1's segment-sum ops leak native memory on every call (about
 * 13 MB per PPO gradient step on ariane133, which killed long runs). Tensor rows are the nodes
 * sorted by in-degree ({@link #row(int)} maps a graph node to its row) and grouped into buckets of
 * equal width, the in-degree rounded up to a power of two; bucket {@code b} owns
 * {@code bucketNodes[b] * bucketWidths[b]} consecutive slots, node by node, each slot one incoming
 * edge or padding (all-zero inputs). Summing a bucket's messages is then a reshape to
 * {@code [nodes, width, D]} and a sum over the width, with exact gradients. A padding slot's
 * message is the constant relu(bias); the encoder subtracts {@code padding * relu(bias)} per node
 * instead of masking every slot (a broadcast multiply over all slots and its gradient were a
 * sixth of a PPO step on ariane133). Slots number at most twice the edges plus the nodes without
 * incoming edges.
 *
 * @param nodeRow      row of each graph node in the node tensors
 * @param bucketNodes  nodes per bucket, in row order
 * @param bucketWidths slots per node in each bucket
 * @param nodeFeatures [N, F] static node features
 * @param slotFeatures [S, 2F+1] per slot: source features, target features, edge weight (normalised
 *                     to max 1); zero for padding
 * @param padding      [N, 1] padding slots of each row (its slot width minus its in-degree)
 * @param inDegreeInv  [N, 1] 1 / max(1, in-degree): turns the slot sums into means
 * @param adjacency    [N, N] row-normalised weighted adjacency with self loops, undirected
 * @param factor       the action grid factor f: rows and columns are the action grid's, the CNN runs
 *                     on the cost grid (rows / f by columns / f)
 * @param foldedIndex  position of each action cell in the network's folded cell order (the f x f
 *                     action cells of a cost-grid cell sit f*f planes apart: sub-cell (dy, dx) of
 *                     cost cell (r, q) is at {@code ((dy * f + dx) * rows / f + r) * columns / f + q});
 *                     the identity for f = 1
 */
public record GraphInputs(MacroGraph graph, int rows, int columns, int episodeLength, int[] nodeRow,
                          List<Integer> bucketNodes, List<Integer> bucketWidths,
                          INDArray nodeFeatures, INDArray slotFeatures, INDArray padding,
                          INDArray inDegreeInv, INDArray adjacency, int factor, int[] foldedIndex) {

    public static GraphInputs of(MacroGraph g, int rows, int columns, int episodeLength, DataType type) {
        return of(g, rows, columns, episodeLength, 1, type);
    }

    /** @param factor action cells per cost-grid cell each way; rows and columns must be multiples of it */
    public static GraphInputs of(MacroGraph g, int rows, int columns, int episodeLength, int factor, DataType type) {
        if (factor < 1 || rows % factor != 0 || columns % factor != 0) {
            throw new IllegalArgumentException(columns + " x " + rows + " is no action grid of factor " + factor);
        }
        int n = g.nodeCount();
        int e = g.edgeCount();
        int f = g.featureCount();
        if (e == 0) {
            throw new IllegalArgumentException("graph has no edges");
        }
        double maxW = 0;
        int[] inDegree = new int[n];
        for (int i = 0; i < e; i++) {
            inDegree[g.edgeTarget()[i]]++;
            maxW = Math.max(maxW, Math.abs(g.edgeWeight()[i]));
        }

        // Rows: nodes by slot width, then by id (deterministic); buckets: runs of equal width.
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> slotWidth(inDegree[v])).thenComparingInt(v -> v));
        int[] nodeRow = new int[n];
        int[] slotStart = new int[n];
        List<Integer> bucketNodes = new ArrayList<>();
        List<Integer> bucketWidths = new ArrayList<>();
        int slots = 0;
        for (int r = 0; r < n; r++) {
            int v = order[r];
            int w = slotWidth(inDegree[v]);
            if (bucketWidths.isEmpty() || bucketWidths.get(bucketWidths.size() - 1) != w) {
                bucketWidths.add(w);
                bucketNodes.add(0);
            }
            bucketNodes.set(bucketNodes.size() - 1, bucketNodes.get(bucketNodes.size() - 1) + 1);
            nodeRow[v] = r;
            slotStart[v] = slots;
            slots += w;
        }

        int sf = 2 * f + 1;
        float[] stat = g.staticFeatures();
        double[] slotFeatures = new double[slots * sf];
        int[] filled = new int[n];
        double[] adj = new double[n * n];
        for (int i = 0; i < e; i++) {
            int s = g.edgeSource()[i];
            int t = g.edgeTarget()[i];
            double w = maxW > 0 ? g.edgeWeight()[i] / maxW : 0;
            int slot = slotStart[t] + filled[t]++;
            for (int k = 0; k < f; k++) {
                slotFeatures[slot * sf + k] = stat[s * f + k];
                slotFeatures[slot * sf + f + k] = stat[t * f + k];
            }
            slotFeatures[slot * sf + 2 * f] = w;
            if (s != t) {
                adj[nodeRow[s] * n + nodeRow[t]] += Math.abs(w);
                adj[nodeRow[t] * n + nodeRow[s]] += Math.abs(w);
            }
        }
        double[] inv = new double[n];
        double[] pad = new double[n];
        double[] nodes = new double[n * f];
        for (int v = 0; v < n; v++) {
            int r = nodeRow[v];
            inv[r] = 1.0 / Math.max(1, inDegree[v]);
            pad[r] = slotWidth(inDegree[v]) - inDegree[v];
            for (int k = 0; k < f; k++) {
                nodes[r * f + k] = stat[v * f + k];
            }
        }
        for (int r = 0; r < n; r++) {
            adj[r * n + r] += 1;
            double sum = 0;
            for (int u = 0; u < n; u++) {
                sum += adj[r * n + u];
            }
            for (int u = 0; u < n; u++) {
                adj[r * n + u] /= sum;
            }
        }
        return new GraphInputs(g, rows, columns, episodeLength, nodeRow,
                List.copyOf(bucketNodes), List.copyOf(bucketWidths),
                arr(nodes, type, n, f), arr(slotFeatures, type, slots, sf), arr(pad, type, n, 1),
                arr(inv, type, n, 1), arr(adj, type, n, n), factor, foldedIndex(rows, columns, factor));
    }

    /** See {@link GraphInputs}: each action cell's position in the folded order. */
    static int[] foldedIndex(int rows, int columns, int f) {
        int coarseRows = rows / f;
        int coarseCols = columns / f;
        int[] out = new int[rows * columns];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                int sub = (row % f) * f + col % f;
                out[row * columns + col] = (sub * coarseRows + row / f) * coarseCols + col / f;
            }
        }
        return out;
    }

    /** Position of an action cell in the network's folded cell order. */
    public int folded(int cell) {
        return foldedIndex[cell];
    }

    /** Slots per node for an in-degree: the next power of two, at least 1. */
    static int slotWidth(int inDegree) {
        return inDegree <= 1 ? 1 : Integer.highestOneBit(inDegree - 1) << 1;
    }

    private static INDArray arr(double[] data, DataType type, long... shape) {
        return Nd4j.create(data, shape, DataType.DOUBLE).castTo(type);
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int cells() {
        return rows * columns;
    }

    /** Row of a graph node in the node tensors (and in the current-macro one-hot). */
    public int row(int node) {
        return nodeRow[node];
    }

    /** True for the design's constant tensors (kept when a batch's placeholders are released). */
    boolean isConstant(INDArray a) {
        return a == nodeFeatures || a == slotFeatures || a == padding || a == inDegreeInv || a == adjacency;
    }

    /** Key of the SameDiff graph this design needs (static shapes except the batch). */
    public GraphShape shape() {
        return new GraphShape(nodeCount(), graph.featureCount(), rows, columns, bucketNodes, bucketWidths);
    }
}
