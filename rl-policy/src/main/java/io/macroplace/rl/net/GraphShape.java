package io.macroplace.rl.net;

/** Static dimensions a SameDiff policy graph is built for; only the batch size is dynamic. */
public record GraphShape(int nodes, int edges, int staticFeatures, int rows, int columns) {
    public int cells() {
        return rows * columns;
    }
}
