package io.macroplace.rl.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The folded layout of the action grid keeps space: each action cell's planes sit at the cost-grid
 * cell that contains it (one channel per sub-position), and its mask entry at the position of its
 * logit, so the CNN on the cost grid sees every action cell where it lies.
 */
class FoldingTest {

    @Test
    void foldedIndexIsAPermutationKeepingEachActionCellInItsCostCell() {
        int f = 3;
        int rows = 12;
        int cols = 9;
        int[] folded = GraphInputs.foldedIndex(rows, cols, f);
        int[] sorted = folded.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        int coarseCells = rows / f * (cols / f);
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int pos = folded[row * cols + col];
                int coarse = pos % coarseCells;
                assertEquals(row / f * (cols / f) + col / f, coarse, "cost cell of action cell " + row + "," + col);
                assertEquals((row % f) * f + col % f, pos / coarseCells, "sub-position of " + row + "," + col);
            }
        }
        assertEquals(List.of(0, 1, 2, 3), Arrays.stream(GraphInputs.foldedIndex(2, 2, 1)).boxed().toList());
    }

    @Test
    void planesAndMaskArriveFoldedOntoTheCostGrid() {
        int f = 2;
        ToyPlacementEnv env = ToyPlacementEnv.random(5, 8, 6, 4, 3, 6).declareActionGridFactor(f);
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(1, 4, 4, 0, 4), 4, 1);
        GraphInputs g = net.inputs(env);
        Observation o = env.reset(0);
        o = env.step(firstLegal(o)).observation();
        Map<String, INDArray> ph = ObservationBatch.placeholders(g, List.of(o), DataType.FLOAT);
        INDArray planes = ph.get(PolicyGraph.PLANES);
        assertEquals(List.of(1L, 3L * f * f, 3L, 4L), Arrays.stream(planes.shape()).boxed().toList());
        INDArray mask = ph.get(PolicyGraph.MASK);
        float[][] maps = {o.occupancy(), o.wireMask(), o.positionMask()};
        int occupied = 0;
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 8; col++) {
                int cell = row * 8 + col;
                int sub = (row % f) * f + col % f;
                for (int p = 0; p < 3; p++) {
                    assertEquals(maps[p][cell], planes.getFloat(0, p * f * f + sub, row / f, col / f), 0f,
                            "plane " + p + " of action cell " + row + "," + col);
                }
                assertEquals(o.legalMask()[cell] ? 1f : 0f, mask.getFloat(0, g.folded(cell)), 0f);
                occupied += o.occupancy()[cell] > 0 ? 1 : 0;
            }
        }
        assertTrue(occupied > 0, "a placed macro shows in the occupancy plane");
    }

    private static int firstLegal(Observation o) {
        for (int c = 0; c < o.legalMask().length; c++) {
            if (o.legalMask()[c]) {
                return c;
            }
        }
        throw new AssertionError("no legal cell");
    }
}
