package io.macroplace.rl.net;

import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.config.PolicyConfig;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Collections;
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
    /**
     * SameDiff graphs per design shape, the most recently used few: each holds its own working
     * arrays (hundreds of MB on a large design), so pre-training on a corpus keeps only the designs
     * of the last iterations and rebuilds a graph (about a second) when its design comes round again.
     */
    public static final int CACHED_SHAPES = 4;
    private final Map<GraphShape, PolicyGraph> graphs = lru();
    private final Map<GraphShape, PolicyGraph> heads = lru();

    private static Map<GraphShape, PolicyGraph> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<GraphShape, PolicyGraph> eldest) {
                return size() > CACHED_SHAPES;
            }
        };
    }

    /**
     * A design's node embeddings under the parameters at the time of {@link #encode}: the graph
     * encoder depends on the netlist and the parameters only, so inference over a rollout (whose
     * parameters do not change) computes it once. Stale after the parameters change.
     */
    public record Encoding(GraphInputs inputs, INDArray nodeEmbedding) {
    }

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
        if (env.actionGridFactor() != config.actionGridFactor()) {
            throw new IllegalArgumentException("the environment's action grid factor is " + env.actionGridFactor()
                    + ", the policy's " + config.actionGridFactor() + " (build it from PolicyConfig#environment)");
        }
        return GraphInputs.of(env.graph(), env.rows(), env.columns(), env.episodeLength(), env.actionGridFactor(), type);
    }

    /** Runs the graph encoder of a design once, for {@link #evaluate(Encoding, List)}. */
    public Encoding encode(GraphInputs g) {
        Map<String, INDArray> ph = ObservationBatch.staticPlaceholders(g);
        INDArray h = graph(g).output(ph, PolicyGraph.NODE_EMBEDDING).get(PolicyGraph.NODE_EMBEDDING);
        return new Encoding(g, h);
    }

    /** Policy and value for a batch of observations of an encoded design (the heads only). */
    public PolicyOutput evaluate(Encoding e, List<Observation> observations) {
        GraphInputs g = e.inputs();
        Map<String, INDArray> ph = ObservationBatch.batchPlaceholders(g, observations, type);
        ph.put(PolicyGraph.NODE_EMBEDDING, e.nodeEmbedding());
        PolicyGraph head = heads.computeIfAbsent(g.shape(), s -> new PolicyGraph(config, s, params, false));
        head.bind(params);
        Map<String, INDArray> out = head.output(ph, PolicyGraph.LOGP, PolicyGraph.VALUE);
        ph.remove(PolicyGraph.NODE_EMBEDDING);
        ObservationBatch.release(g, ph);
        return new PolicyOutput(inActionOrder(g, out.get(PolicyGraph.LOGP)), out.get(PolicyGraph.VALUE));
    }

    /** Policy and value for a batch of observations, encoder included. */
    public PolicyOutput evaluate(GraphInputs g, List<Observation> observations) {
        Map<String, INDArray> ph = ObservationBatch.placeholders(g, observations, type);
        Map<String, INDArray> out = graph(g).output(ph, PolicyGraph.LOGP, PolicyGraph.VALUE);
        ObservationBatch.release(g, ph);
        return new PolicyOutput(inActionOrder(g, out.get(PolicyGraph.LOGP)), out.get(PolicyGraph.VALUE));
    }

    /** The network's per-cell output [B, cells] (folded order) with its columns in action-cell order. */
    private static INDArray inActionOrder(GraphInputs g, INDArray folded) {
        if (g.factor() == 1) {
            return folded;
        }
        // in Java: INDArray.getColumns does one op per column (20 ms per rollout step on ariane133)
        int[] index = g.foldedIndex();
        int rows = (int) folded.size(0);
        double[] from = folded.data().asDouble();
        double[] to = new double[from.length];
        for (int r = 0; r < rows; r++) {
            int base = r * index.length;
            for (int c = 0; c < index.length; c++) {
                to[base + c] = from[base + index[c]];
            }
        }
        INDArray out = Nd4j.create(to, new long[] {rows, index.length}, DataType.DOUBLE).castTo(folded.dataType());
        folded.close();
        return out;
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
        PolicyGraph pg = graphs.computeIfAbsent(g.shape(), s -> new PolicyGraph(config, s, params, true));
        pg.bind(params);
        return pg;
    }
}
