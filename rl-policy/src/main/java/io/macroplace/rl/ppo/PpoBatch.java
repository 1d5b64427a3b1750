package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.config.PpoConfig;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.ObservationBatch;
import io.macroplace.rl.net.PolicyGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

/** Placeholder arrays of the PPO (or behaviour-cloning) loss for one minibatch of one design. */
public final class PpoBatch {
    private PpoBatch() {
    }

    public static Map<String, INDArray> placeholders(GraphInputs g, List<Observation> obs, int[] actions,
                                                     double[] oldLogp, double[] advantages, double[] returns,
                                                     PpoConfig c, DataType type) {
        return placeholders(g, obs, actions, oldLogp, advantages, returns, c.clipRatio(), c.valueCoef(),
                c.entropyCoef(), 0.0, type);
    }

    /**
     * The loss's placeholders with explicit coefficients; {@code imitationCoef} weighs the
     * cross-entropy of {@code actions} (0 for PPO).
     */
    public static Map<String, INDArray> placeholders(GraphInputs g, List<Observation> obs, int[] actions,
                                                     double[] oldLogp, double[] advantages, double[] returns,
                                                     double clipRatio, double valueCoef, double entropyCoef,
                                                     double imitationCoef, DataType type) {
        int b = obs.size();
        Map<String, INDArray> ph = ObservationBatch.placeholders(g, obs, type);
        INDArray action = Nd4j.zeros(type, b, g.cells());
        for (int j = 0; j < b; j++) {
            action.putScalar(j, g.folded(actions[j]), 1.0);
        }
        ph.put(PolicyGraph.ACTION, action);
        ph.put(PolicyGraph.OLD_LOGP, Nd4j.createFromArray(oldLogp).castTo(type));
        ph.put(PolicyGraph.ADVANTAGE, Nd4j.createFromArray(advantages).castTo(type));
        ph.put(PolicyGraph.RETURN, Nd4j.createFromArray(returns).castTo(type));
        ph.put(PolicyGraph.CLIP_LOW, Nd4j.scalar(type, 1 - clipRatio));
        ph.put(PolicyGraph.CLIP_HIGH, Nd4j.scalar(type, 1 + clipRatio));
        ph.put(PolicyGraph.VALUE_COEF, Nd4j.scalar(type, valueCoef));
        ph.put(PolicyGraph.ENTROPY_COEF, Nd4j.scalar(type, entropyCoef));
        ph.put(PolicyGraph.IMITATION_COEF, Nd4j.scalar(type, imitationCoef));
        return ph;
    }
}
