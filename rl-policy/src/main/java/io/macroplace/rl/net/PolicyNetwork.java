package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.config.PolicyConfig;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The policy/value network: its parameters (one array per {@link ParamSpec}) and a SameDiff graph per
 * design shape built lazily on them. Not thread-safe: one thread runs inference and training.
 */
public final class PolicyNetwork {
    private final PolicyConfig config;
    private final int staticFeatures;
    private final DataType type;
    private final Map<String, INDArray> params;
    private final Map<GraphShape, PolicyGraph> graphs = new HashMap<>();

    private PolicyNetwork(PolicyConfig config, int staticFeatures, Map<String, INDArray> params) {
        this.config = config;
        this.staticFeatures = staticFeatures;
        this.type = DataType.valueOf(config.dataType());
        this.params = params;
    }

    /**
     * A fresh network: He-normal weights from a Java RNG (backend-independent), zero biases; the
     * logit and value output layers start 100x smaller so the first policy is near-uniform over legal
     * cells and the first values near 0.
     */
    public static PolicyNetwork create(PolicyConfig config, int staticFeatures, long seed) {
        Random rng = new Random(seed);
        DataType t = DataType.valueOf(config.dataType());
        Map<String, INDArray> p = new LinkedHashMap<>();
        for (ParamSpec s : ParamSpec.layout(config, staticFeatures)) {
            long len = 1;
            for (long d : s.shape()) {
                len *= d;
            }
            double[] v = new double[Math.toIntExact(len)];
            if (!s.bias()) {
                double scale = Math.sqrt(2.0 / s.fanIn());
                if (s.name().equals(ParamSpec.HEAD_W) || s.name().equals(ParamSpec.VAL_W2)) {
                    scale *= 0.01;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = rng.nextGaussian() * scale;
                }
            }
            p.put(s.name(), Nd4j.create(v, s.shape(), DataType.DOUBLE).castTo(t));
        }
        return new PolicyNetwork(config, staticFeatures, p);
    }

    /** A network with the given parameter values (checked against the layout). */
    public static PolicyNetwork withParams(PolicyConfig config, int staticFeatures, Map<String, INDArray> values) {
        DataType t = DataType.valueOf(config.dataType());
        Map<String, INDArray> p = new LinkedHashMap<>();
        for (ParamSpec s : ParamSpec.layout(config, staticFeatures)) {
            INDArray a = values.get(s.name());
            if (a == null || !java.util.Arrays.equals(a.shape(), s.shape())) {
                throw new IllegalArgumentException("parameter " + s.name() + " missing or of wrong shape");
            }
            p.put(s.name(), a.castTo(t).dup());
        }
        return new PolicyNetwork(config, staticFeatures, p);
    }

    public PolicyConfig config() {
        return config;
    }

    public int staticFeatures() {
        return staticFeatures;
    }

    public DataType dataType() {
        return type;
    }

    /** The live parameter arrays in layout order; optimisers update them in place. */
    public Map<String, INDArray> params() {
        return Collections.unmodifiableMap(params);
    }

    public long parameterCount() {
        return params.values().stream().mapToLong(INDArray::length).sum();
    }

    /** The constant tensors of an environment's design, to be reused for all its observations. */
    public GraphInputs inputs(MacroPlacementEnv env) {
        if (env.graph().featureCount() != staticFeatures) {
            throw new IllegalArgumentException("design has " + env.graph().featureCount()
                    + " node features, the network was built for " + staticFeatures);
        }
        return GraphInputs.of(env.graph(), env.rows(), env.columns(), env.episodeLength(), type);
    }

    public PolicyOutput evaluate(GraphInputs g, List<Observation> observations) {
        Map<String, INDArray> ph = ObservationBatch.placeholders(g, observations, type);
        Map<String, INDArray> out = graph(g).output(ph, PolicyGraph.LOGP, PolicyGraph.VALUE);
        ObservationBatch.release(g, ph);
        return new PolicyOutput(out.get(PolicyGraph.LOGP), out.get(PolicyGraph.VALUE));
    }

    /** Named graph outputs (e.g. {@link PolicyGraph#LOSS}) for fully populated placeholders, no gradients. */
    public Map<String, INDArray> outputs(GraphInputs g, Map<String, INDArray> placeholders, String... names) {
        return graph(g).output(placeholders, names);
    }

    /** Loss outputs and gradients of every parameter for fully populated placeholders. */
    public OutAndGrad lossAndGradients(GraphInputs g, Map<String, INDArray> placeholders, List<String> outputs) {
        return graph(g).gradients(placeholders, outputs);
    }

    PolicyGraph graph(GraphInputs g) {
        PolicyGraph pg = graphs.computeIfAbsent(g.shape(), s -> new PolicyGraph(config, s, params));
        pg.bind(params);
        return pg;
    }
}
