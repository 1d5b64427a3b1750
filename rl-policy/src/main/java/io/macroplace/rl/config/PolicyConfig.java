package io.macroplace.rl.config;

import io.macroplace.env.mdp.EnvConfig;

/**
 * The policy: size of the policy/value network (AlphaChip's shape, scaled down by default so that it
 * trains on a laptop CPU) and what it observes. Saved with the policy, so that placing with it
 * observes the design as training did.
 *
 * @param gnnLayers      rounds of edge-based message passing (default 3)
 * @param nodeEmbedding  width of node and edge embeddings (default 32)
 * @param convChannels   channels of the grid CNN (default 32)
 * @param convLayers     3x3 convolutions after the first one, each with a residual (default 2)
 * @param valueHidden    hidden width of the value head (default 64)
 * @param dataType       FLOAT for training, DOUBLE for gradient checks
 * @param softPinsFromInput the wire mask and occupancy count soft macros (clusters) at their input
 *                       positions, as the greedy placer does (default true); false: only ports,
 *                       fixed nodes and placed hard macros (policies saved before this setting
 *                       existed read as false, which is how they were trained)
 */
public record PolicyConfig(int gnnLayers, int nodeEmbedding, int convChannels, int convLayers,
                           int valueHidden, String dataType, boolean softPinsFromInput) {
    public PolicyConfig {
        if (gnnLayers < 1 || nodeEmbedding < 1 || convChannels < 1 || convLayers < 0 || valueHidden < 1) {
            throw new IllegalArgumentException("network sizes must be positive: " + nodeEmbedding);
        }
        if (!"FLOAT".equals(dataType) && !"DOUBLE".equals(dataType)) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, not " + dataType);
        }
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig(3, 32, 32, 2, 64, "FLOAT", true);
    }

    public PolicyConfig withDataType(String type) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, type,
                softPinsFromInput);
    }

    public PolicyConfig withSizes(int gnn, int embedding, int channels, int convs, int hidden) {
        return new PolicyConfig(gnn, embedding, channels, convs, hidden, dataType, softPinsFromInput);
    }

    public PolicyConfig withSoftPinsFromInput(boolean b) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, dataType, b);
    }

    /** The environment settings this policy observes the design under (training and placing). */
    public EnvConfig environment() {
        return EnvConfig.defaults().withSoftPinsFromInput(softPinsFromInput);
    }
}
