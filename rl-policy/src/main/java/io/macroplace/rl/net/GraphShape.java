package io.macroplace.rl.net;

import java.util.List;

/**
 * Static dimensions a SameDiff policy graph is built for; only the batch size is dynamic.
 *
 * @param bucketNodes  nodes per slot bucket (see {@link GraphInputs})
 * @param bucketWidths slots per node in each bucket
 */
public record GraphShape(int nodes, int staticFeatures, int rows, int columns,
                         List<Integer> bucketNodes, List<Integer> bucketWidths) {
    public GraphShape {
        bucketNodes = List.copyOf(bucketNodes);
        bucketWidths = List.copyOf(bucketWidths);
    }

    public int cells() {
        return rows * columns;
    }

    /** Total slots: the rows of the slot tensors. */
    public int slots() {
        int s = 0;
        for (int b = 0; b < bucketNodes.size(); b++) {
            s += bucketNodes.get(b) * bucketWidths.get(b);
        }
        return s;
    }
}
