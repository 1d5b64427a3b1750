package io.macroplace.rl.net;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Network output for a batch.
 *
 * @param logp  [B, cells] masked log-probabilities (about -1e9 on illegal cells)
 * @param value [B] state values
 */
public record PolicyOutput(INDArray logp, INDArray value) {
}
