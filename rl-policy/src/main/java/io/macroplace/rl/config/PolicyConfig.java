package io.macroplace.rl.config;

import io.macroplace.env.mdp.EnvConfig;

/**
 * The policy: size of the policy/value network (AlphaChip's shape, scaled down by default so that it
 * trains on a laptop CPU) and what it observes and acts on. Saved with the policy, so that placing
 * with it observes the design as training did.
 *
 * @param gnnLayers      rounds of edge-based message passing (default 3)
 * @param nodeEmbedding  width of node and edge embeddings (default 32)
 * @param convChannels   channels of the grid CNN (default 16)
 * @param convLayers     3x3 convolutions after the first one, each with a residual (default 2)
 * @param valueHidden    hidden width of the value head (default 64)
 * @param dataType       FLOAT for training, DOUBLE for gradient checks
 * @param softPinsFromInput the wire mask and occupancy count soft macros (clusters) at their input
 *                       positions, as the greedy placer does (default true); false: only ports,
 *                       fixed nodes and placed hard macros (policies saved before this setting
 *                       existed read as false, which is how they were trained)
 * @param actionGridFactor action cells per cost-grid cell, each way (default 2). 1 is Circuit
 *                       Training's action space (a macro centred on a cost-grid cell) and today's
 *                       network (policies saved before this setting existed read as 1); above 1 the
 *                       CNN still runs on the cost grid (the action-grid planes folded into it,
 *                       space to depth) and a learned sub-pixel upsampling gives one logit per
 *                       action cell, so a macro can straddle cost-grid cells
 */
public record PolicyConfig(int gnnLayers, int nodeEmbedding, int convChannels, int convLayers,
                           int valueHidden, String dataType, boolean softPinsFromInput, int actionGridFactor) {
    public PolicyConfig {
        if (gnnLayers < 1 || nodeEmbedding < 1 || convChannels < 1 || convLayers < 0 || valueHidden < 1) {
            throw new IllegalArgumentException("network sizes must be positive: " + nodeEmbedding);
        }
        if (!"FLOAT".equals(dataType) && !"DOUBLE".equals(dataType)) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, not " + dataType);
        }
        if (actionGridFactor < 1 || actionGridFactor > EnvConfig.MAX_ACTION_GRID_FACTOR) {
            throw new IllegalArgumentException("actionGridFactor must be 1.." + EnvConfig.MAX_ACTION_GRID_FACTOR
                    + ", not " + actionGridFactor);
        }
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig(3, 32, 16, 2, 64, "FLOAT", true, 2);
    }

    public PolicyConfig withDataType(String type) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, type,
                softPinsFromInput, actionGridFactor);
    }

    public PolicyConfig withSizes(int gnn, int embedding, int channels, int convs, int hidden) {
        return new PolicyConfig(gnn, embedding, channels, convs, hidden, dataType, softPinsFromInput,
                actionGridFactor);
    }

    public PolicyConfig withSoftPinsFromInput(boolean b) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, dataType, b,
                actionGridFactor);
    }

    public PolicyConfig withActionGridFactor(int factor) {
        return new PolicyConfig(gnnLayers, nodeEmbedding, convChannels, convLayers, valueHidden, dataType,
                softPinsFromInput, factor);
    }

    /** Channels of the upsampled (action-grid) features when {@link #actionGridFactor} is above 1. */
    public int upsampledChannels() {
        return Math.max(4, convChannels / 2);
    }

    /** The environment settings this policy observes the design under (training and placing). */
    public EnvConfig environment() {
        return EnvConfig.defaults().withSoftPinsFromInput(softPinsFromInput).withActionGridFactor(actionGridFactor);
    }
}
