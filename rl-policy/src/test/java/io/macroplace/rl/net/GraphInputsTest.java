package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The slot layout that replaces ND4J's segment sum: every edge in its target's slots, rows consistent. */
class GraphInputsTest {
    // Edge i has weight i + 1, so normalised weights are (i + 1) / 11.
    // In-degrees 5, 0, 3, 1, 2: slot widths 8, 1, 4, 1, 2, so rows are nodes 1, 3, 4, 2, 0.
    private static final int[][] EDGES = {
            {1, 0}, {2, 0}, {3, 0}, {4, 0}, {2, 0},
            {0, 2}, {1, 2}, {4, 2},
            {0, 3},
            {0, 4}, {3, 4}};

    private static MacroGraph graph() {
        int n = 5;
        int f = 2;
        float[] features = new float[n * f];
        for (int v = 0; v < n; v++) {
            features[v * f] = 10 + v;
            features[v * f + 1] = -v;
        }
        int[] src = new int[EDGES.length];
        int[] tgt = new int[EDGES.length];
        float[] w = new float[EDGES.length];
        for (int i = 0; i < EDGES.length; i++) {
            src[i] = EDGES[i][0];
            tgt[i] = EDGES[i][1];
            w[i] = i + 1;
        }
        return new MacroGraph(n, f, features, src, tgt, w, new int[]{0, 2});
    }

    @Test
    void bucketsGroupNodesByPowerOfTwoInDegree() {
        GraphInputs g = GraphInputs.of(graph(), 2, 2, 2, DataType.DOUBLE);
        assertEquals(List.of(1, 2, 4, 8), g.bucketWidths());
        assertEquals(List.of(2, 1, 1, 1), g.bucketNodes());
        int[] expectedRow = {4, 0, 3, 1, 2};
        for (int v = 0; v < 5; v++) {
            assertEquals(expectedRow[v], g.row(v), "row of node " + v);
        }
        assertEquals(2 + 2 + 4 + 8, g.shape().slots());
        assertEquals(1, GraphInputs.slotWidth(0));
        assertEquals(4, GraphInputs.slotWidth(3));
        assertEquals(4, GraphInputs.slotWidth(4));
        assertEquals(8, GraphInputs.slotWidth(5));
    }

    @Test
    void eachNodesSlotsHoldExactlyItsIncomingEdges() {
        MacroGraph mg = graph();
        GraphInputs g = GraphInputs.of(mg, 2, 2, 2, DataType.DOUBLE);
        double[][] slots = g.slotFeatures().toDoubleMatrix();
        int[] widthOfRow = new int[5];
        int r = 0;
        for (int b = 0; b < g.bucketNodes().size(); b++) {
            for (int k = 0; k < g.bucketNodes().get(b); k++) {
                widthOfRow[r++] = g.bucketWidths().get(b);
            }
        }
        int start = 0;
        for (int row = 0; row < 5; row++) {
            int node = nodeAtRow(g, row);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < EDGES.length; i++) {
                if (EDGES[i][1] == node) {
                    expected.add(EDGES[i][0] + "->" + node + " w" + (i + 1) / 11.0);
                }
            }
            List<String> found = new ArrayList<>();
            int padding = 0;
            for (int s = start; s < start + widthOfRow[row]; s++) {
                if (slots[s][2] != 0) {
                    assertEquals(10 + node, slots[s][2], "target features in slot " + s);
                    found.add((int) (slots[s][0] - 10) + "->" + node + " w" + slots[s][4]);
                } else {
                    padding++;
                    for (double x : slots[s]) {
                        assertEquals(0, x, "padding slot " + s + " is zero");
                    }
                }
            }
            expected.sort(null);
            found.sort(null);
            assertEquals(expected, found, "slots of node " + node);
            assertEquals(1.0 / Math.max(1, expected.size()), g.inDegreeInv().getDouble(row, 0), 1e-15);
            assertEquals(widthOfRow[row] - expected.size(), padding, "padding slots of node " + node);
            assertEquals(padding, g.padding().getDouble(row, 0), "padding count of node " + node);
            start += widthOfRow[row];
        }
    }

    @Test
    void nodeTensorsFollowTheRowOrder() {
        MacroGraph mg = graph();
        GraphInputs g = GraphInputs.of(mg, 2, 2, 2, DataType.DOUBLE);
        INDArray adj = g.adjacency();
        for (int v = 0; v < 5; v++) {
            assertEquals(10 + v, g.nodeFeatures().getDouble(g.row(v), 0));
            assertEquals(-v, g.nodeFeatures().getDouble(g.row(v), 1));
            double rowSum = 0;
            for (int u = 0; u < 5; u++) {
                rowSum += adj.getDouble(g.row(v), g.row(u));
            }
            assertEquals(1, rowSum, 1e-12);
        }
        // Node 3's neighbours: 0 (edges 3->0 and 0->3, weights 3/11 and 9/11) and 4 (3->4, 11/11),
        // plus its self loop of weight 1.
        double total = 1 + (3 + 9 + 11) / 11.0;
        assertEquals((3 + 9) / 11.0 / total, adj.getDouble(g.row(3), g.row(0)), 1e-12);
        assertEquals(11 / 11.0 / total, adj.getDouble(g.row(3), g.row(4)), 1e-12);
        assertEquals(1 / total, adj.getDouble(g.row(3), g.row(3)), 1e-12);
    }

    private static int nodeAtRow(GraphInputs g, int row) {
        for (int v = 0; v < g.nodeCount(); v++) {
            if (g.row(v) == row) {
                return v;
            }
        }
        throw new AssertionError("no node at row " + row);
    }
}
