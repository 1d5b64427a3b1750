package io.macroplace.rl.config;

/**
 * Size of the policy/value network (AlphaChip's shape, scaled down by default so that it trains on a
 * laptop CPU).
 *
 * @param gnnLayers      rounds of edge-based message passing (default 3)
 * @param nodeEmbedding  width of node and edge embeddings (default 32)
 * @param convChannels   channels of the grid CNN (default 32)
 * @param convLayers     3x3 convolutions after the first one, each with a residual (default 2)
 * @param valueHidden    hidden width of the value head (default 64)
 * @param dataType       FLOAT for training, DOUBLE for gradient checks
 */
public record PolicyConfig(int gnnLayers, int nodeEmbedding, int convChannels, int convLayers,
                           int valueHidden, String dataType) {
    public PolicyConfig {
        if (gnnLayers < 1 || nodeEmbedding < 1 || convChannels < 1 || convLayers < 0 || valueHidden < 1) {
            throw new IllegalArgumentException("network sizes must be positive: " + nodeEmbedding);
        }
        if (!"FLOAT".equals(dataType) && !"DOUBLE".equals(dataType)) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, not " + dataType);
        }
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig(3, 32, 32, 2, 64, "FLOAT");
    }

    public PolicyConfig withDataType(String type) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, type);
    }

    public PolicyConfig withSizes(int gnn, int embedding, int channels, int convs, int hidden) {
        return new PolicyConfig(gnn, embedding, channels, convs, hidden, dataType);
    }
}
