package io.macroplace.rl.net;

import io.macroplace.rl.config.PolicyConfig;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.SessionMemMgr;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The SameDiff graph of the policy/value network plus the PPO loss, built for one {@link GraphShape}
 * (only the batch is dynamic). Its variables are bound to the arrays of a {@link PolicyNetwork}, so
 * every graph of one network shares the same parameters.
 */
public final class PolicyGraph {
    public static final String NODES = "node_features";
    public static final String SLOT_FEATURES = "slot_features";
    public static final String PADDING = "padding";
    public static final String IN_DEGREE_INV = "in_degree_inv";
    public static final String ADJACENCY = "adjacency";
    public static final String CURRENT = "current_node";
    public static final String META = "meta";
    public static final String PLANES = "planes";
    public static final String MASK = "mask";
    public static final String ACTION = "action";
    public static final String OLD_LOGP = "old_logp";
    public static final String ADVANTAGE = "advantage";
    public static final String RETURN = "return";
    public static final String CLIP_LOW = "clip_low";
    public static final String CLIP_HIGH = "clip_high";
    public static final String VALUE_COEF = "value_coef";
    public static final String ENTROPY_COEF = "entropy_coef";
    /** Weight of the imitation (cross-entropy) loss: 0 in PPO, positive in behaviour cloning. */
    public static final String IMITATION_COEF = "imitation_coef";
    /** Node embeddings h [N, D]: an output of the full graph, a placeholder of the head graph. */
    public static final String NODE_EMBEDDING = "node_embedding";

    public static final String LOGP = "logp";
    public static final String VALUE = "value";
    public static final String ACTION_LOGP = "action_logp";
    public static final String POLICY_LOSS = "policy_loss";
    public static final String VALUE_LOSS = "value_loss";
    public static final String ENTROPY = "entropy";
    /** Mean cross-entropy of the ACTION placeholder under the masked policy: -mean(log p(action)). */
    public static final String IMITATION_LOSS = "imitation_loss";
    public static final String LOSS = "loss";

    /** Added to the logits of illegal cells; large enough that exp underflows to exactly 0. */
    static final double MASK_PENALTY = 1e9;

    private final SameDiff sd;
    private final List<String> paramNames;
    private final boolean withEncoder;
    private boolean gradientsBuilt;

    /**
     * @param withEncoder true: the whole network and the PPO loss (training, and the node
     *                    embedding output); false: the policy and value heads only, with the node
     *                    embedding as a placeholder, for inference with a {@link PolicyNetwork.Encoding}
     *                    computed once per rollout
     */
    PolicyGraph(PolicyConfig config, GraphShape shape, Map<String, INDArray> params, boolean withEncoder) {
        this.sd = SameDiff.create();
        this.paramNames = List.copyOf(params.keySet());
        this.withEncoder = withEncoder;
        DataType t = DataType.valueOf(config.dataType());
        for (Map.Entry<String, INDArray> p : params.entrySet()) {
            sd.var(p.getKey(), p.getValue());
        }
        build(config, shape, t);
    }

    private SDVariable p(String name) {
        return sd.getVariable(name);
    }

    private void build(PolicyConfig c, GraphShape s, DataType t) {
        SDVariable h = withEncoder ? encoder(c, s, t) : sd.placeHolder(NODE_EMBEDDING, t, s.nodes(), c.nodeEmbedding());
        int n = s.nodes();
        int k = c.convChannels();
        SDVariable current = sd.placeHolder(CURRENT, t, -1, n);
        SDVariable meta = sd.placeHolder(META, t, -1, ObservationBatch.META_FEATURES);
        int f0 = c.actionGridFactor();
        SDVariable planes = sd.placeHolder(PLANES, t, -1, (long) ObservationBatch.PLANES * f0 * f0,
                s.rows() / f0, s.columns() / f0);
        SDVariable mask = sd.placeHolder(MASK, t, -1, s.cells());

        // Graph embedding (mean over nodes) broadcast to the batch through the one-hot rows of
        // current (each sums to 1); current macro's embedding = one-hot [B, N] x h [N, D].
        SDVariable graphEmb = current.sum(true, 1).mmul(h.mean(true, 0));
        SDVariable macroEmb = current.mmul(h);
        SDVariable emb = relu(sd.concat(1, graphEmb, macroEmb, meta)
                .mmul(p(ParamSpec.EMB_W)).add(p(ParamSpec.EMB_B)));

        // Grid CNN on the cost grid with the macro/graph embedding broadcast over every cell after
        // the first conv. With an action grid factor f > 1 the planes arrive folded (the f x f
        // action cells over each cost-grid cell as channels, see ObservationBatch) and a learned
        // sub-pixel upsampling gives f x f logits per cost-grid cell: a 1x1 conv to u*f*f
        // features plus a 1x1 conv of the folded planes themselves (each action cell's own wire and
        // position masks), then a 1x1 conv to the f*f logits. The logits stay in the folded order
        // (GraphInputs#foldedIndex), which the mask and action placeholders share, so no op ever
        // moves data between grids (ND4J's depth_to_space was a third of a gradient step).
        int f = c.actionGridFactor();
        SDVariable x = relu(conv(planes, ParamSpec.conv(0, "W"), ParamSpec.conv(0, "b"), 3)
                .add(emb.reshape(-1, k, 1, 1)));
        for (int l = 1; l <= c.convLayers(); l++) {
            x = x.add(relu(conv(x, ParamSpec.conv(l, "W"), ParamSpec.conv(l, "b"), 3)));
        }
        SDVariable features = x;
        if (f > 1) {
            SDVariable up = conv(x, ParamSpec.UP_W, ParamSpec.UP_B, 1);
            SDVariable skip = sd.cnn().conv2d(planes, p(ParamSpec.SKIP_W), conv1x1());
            features = relu(up.add(skip));
        }
        SDVariable logits = conv(features, ParamSpec.HEAD_W, ParamSpec.HEAD_B, 1).reshape(-1, s.cells());

        // Masked log-softmax by hand (sd.nn.logSoftmax gives -inf on masked cells in M2.1).
        SDVariable masked = logits.add(mask.sub(1.0).mul(MASK_PENALTY));
        SDVariable shifted = masked.sub(masked.max(true, 1));
        SDVariable logp = shifted.sub(sd.math.log(sd.math.exp(shifted).sum(true, 1)));
        logp.rename(LOGP);

        SDVariable pooled = x.mean(2, 3);
        SDVariable value = relu(sd.concat(1, emb, pooled).mmul(p(ParamSpec.VAL_W1)).add(p(ParamSpec.VAL_B1)))
                .mmul(p(ParamSpec.VAL_W2)).add(p(ParamSpec.VAL_B2)).reshape(-1);
        value.rename(VALUE);

        if (withEncoder) {
            buildLoss(logp, value, mask, s, t);
        }
    }

    /**
     * The graph encoder on the static netlist, batch-independent: node embeddings h [N, D].
     * Round 0: edge messages from gathered (in Java) edge inputs, mean over incoming edges as a
     * sum over each node's slots (O(E·D)) less its padding slots' constant relu(b), node update.
     * Further rounds: residual GCN over the dense normalised adjacency [N, N].
     */
    private SDVariable encoder(PolicyConfig c, GraphShape s, DataType t) {
        int n = s.nodes();
        int d = c.nodeEmbedding();
        int f = s.staticFeatures();
        SDVariable nodes = sd.placeHolder(NODES, t, n, f);
        SDVariable slotIn = sd.placeHolder(SLOT_FEATURES, t, s.slots(), 2L * f + 1);
        SDVariable padding = sd.placeHolder(PADDING, t, n, 1);
        SDVariable inDegInv = sd.placeHolder(IN_DEGREE_INV, t, n, 1);
        SDVariable adj = sd.placeHolder(ADJACENCY, t, n, n);

        SDVariable messages = relu(slotIn.mmul(p(ParamSpec.GNN_EDGE_W)).add(p(ParamSpec.GNN_EDGE_B)));
        SDVariable padMessages = padding.mmul(relu(p(ParamSpec.GNN_EDGE_B)));
        SDVariable incoming = sumSlots(messages, s, d).sub(padMessages).mul(inDegInv);
        SDVariable h = relu(nodes.mmul(p(ParamSpec.GNN_IN_W))
                .add(incoming.mmul(p(ParamSpec.GNN_AGG_W))).add(p(ParamSpec.GNN_IN_B)));
        for (int l = 1; l < c.gnnLayers(); l++) {
            SDVariable update = h.mmul(p(ParamSpec.gnn(l, "Wself")))
                    .add(adj.mmul(h).mmul(p(ParamSpec.gnn(l, "Wnb"))))
                    .add(p(ParamSpec.gnn(l, "b")));
            h = h.add(relu(update));
        }
        h.rename(NODE_EMBEDDING);
        return h;
    }

    private void buildLoss(SDVariable logp, SDVariable value, SDVariable mask, GraphShape s, DataType t) {
        SDVariable action = sd.placeHolder(ACTION, t, -1, s.cells());
        SDVariable oldLogp = sd.placeHolder(OLD_LOGP, t, -1);
        SDVariable adv = sd.placeHolder(ADVANTAGE, t, -1);
        SDVariable ret = sd.placeHolder(RETURN, t, -1);
        SDVariable lo = sd.placeHolder(CLIP_LOW, t);
        SDVariable hi = sd.placeHolder(CLIP_HIGH, t);
        SDVariable vc = sd.placeHolder(VALUE_COEF, t);
        SDVariable ec = sd.placeHolder(ENTROPY_COEF, t);
        SDVariable ic = sd.placeHolder(IMITATION_COEF, t);

        SDVariable actionLogp = logp.mul(action).sum(1);
        actionLogp.rename(ACTION_LOGP);
        SDVariable ratio = sd.math.exp(actionLogp.sub(oldLogp));
        SDVariable clipped = sd.math.min(sd.math.max(ratio, lo), hi);
        // min(a, b) written as a - relu(a - b): ND4J's pairwise-min gradient goes to BOTH inputs on
        // a tie, and inside the clip range a == b exactly, which doubled the policy gradient.
        SDVariable unclipped = ratio.mul(adv);
        SDVariable surrogate = unclipped.sub(relu(unclipped.sub(clipped.mul(adv))));
        SDVariable policyLoss = surrogate.mean().neg();
        policyLoss.rename(POLICY_LOSS);
        SDVariable valueLoss = sd.math.square(value.sub(ret)).mean();
        valueLoss.rename(VALUE_LOSS);
        // Masked cells have p = 0 exactly; the mask keeps 0 * (-1e9) terms out of the gradient.
        SDVariable entropy = sd.math.exp(logp).mul(logp).mul(mask).sum(1).mean().neg();
        entropy.rename(ENTROPY);
        // Behaviour cloning runs through this same graph: advantages 0 (the surrogate and its
        // gradient vanish) and the ACTION placeholder holding the expert's cells.
        SDVariable imitation = actionLogp.mean().neg();
        imitation.rename(IMITATION_LOSS);
        SDVariable loss = policyLoss.add(valueLoss.mul(vc)).sub(entropy.mul(ec)).add(imitation.mul(ic));
        loss.rename(LOSS);
        sd.setLossVariables(LOSS);
    }

    /** Per node, the sum of its slots' rows: bucket by bucket a reshape [nodes, width, D] and a sum. */
    private SDVariable sumSlots(SDVariable messages, GraphShape s, int d) {
        int buckets = s.bucketNodes().size();
        SDVariable[] sums = new SDVariable[buckets];
        long from = 0;
        for (int b = 0; b < buckets; b++) {
            long nodes = s.bucketNodes().get(b);
            long width = s.bucketWidths().get(b);
            SDVariable part = buckets == 1 ? messages
                    : messages.get(SDIndex.interval(from, from + nodes * width), SDIndex.all());
            sums[b] = part.reshape(nodes, width, d).sum(1);
            from += nodes * width;
        }
        return buckets == 1 ? sums[0] : sd.concat(0, sums);
    }

    private static Conv2DConfig conv1x1() {
        return Conv2DConfig.builder().kH(1).kW(1).sH(1).sW(1).paddingMode(PaddingMode.SAME).dataFormat("NCHW").build();
    }

    private SDVariable conv(SDVariable in, String weight, String bias, int kernel) {
        Conv2DConfig cfg = Conv2DConfig.builder().kH(kernel).kW(kernel).sH(1).sW(1)
                .paddingMode(PaddingMode.SAME).dataFormat("NCHW").build();
        return sd.cnn().conv2d(in, p(weight), p(bias), cfg);
    }

    private SDVariable relu(SDVariable v) {
        return sd.nn.relu(v, 0);
    }

    /** For profiling listeners in tests. */
    SameDiff sameDiff() {
        return sd;
    }

    /** Rebinds the variables to the network's arrays (a no-op unless an array was replaced). */
    void bind(Map<String, INDArray> params) {
        for (String name : paramNames) {
            INDArray a = params.get(name);
            if (sd.getArrForVarName(name) != a) {
                sd.setArrayForVariable(name, a);
            }
        }
    }

    Map<String, INDArray> output(Map<String, INDArray> placeholders, String... outputs) {
        Map<String, INDArray> out = sd.output(placeholders, outputs);
        boundCaches();
        return out;
    }

    OutAndGrad gradients(Map<String, INDArray> placeholders, List<String> outputs) {
        if (!gradientsBuilt) {
            buildGradients();
        }
        OutAndGrad og = sd.calculateGradientsAndOutputs(placeholders, outputs, paramNames);
        boundCaches();
        return og;
    }

    /**
     * SameDiff keeps each session's released working arrays for reuse, up to a quarter of the
     * off-heap limit per session (768 MB with -Xmx3g): with a graph, its gradient function and a
     * head graph per design that grew a corpus run past 8 GB in four iterations. Each session's
     * cache is bounded to {@link BoundedCache#BYTES} instead (its first call runs with the default).
     */
    private void boundCaches() {
        bound(sd);
        SameDiff grad = sd.getFunction("grad");
        if (grad != null) {
            bound(grad);
        }
    }

    private static void bound(SameDiff s) {
        for (InferenceSession session : s.getSessions().values()) {
            SessionMemMgr old = session.getMmgr();
            if (!(old instanceof BoundedCache)) {
                session.setMmgr(new BoundedCache());
                old.close();
            }
        }
    }

    /** An array cache of at most {@link #BYTES} per session. */
    static final class BoundedCache extends ArrayCacheMemoryMgr {
        static final long BYTES = 64L << 20;

        BoundedCache() {
            super(Math.min(1.0, (double) BYTES / Math.max(BYTES, Pointer.maxBytes())), 1024, 2.0);
        }
    }

    /**
     * SameDiff 1.0.0-M2.1 prints "Added differentiated op ..." to System.out for every op while it
     * builds the gradient function, with no switch: build it here with System.out muted. (The
     * CLI's writers hold the original stream, so nothing of ours is lost.)
     */
    private void buildGradients() {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            sd.createGradFunction();
        } finally {
            System.setOut(out);
        }
        gradientsBuilt = true;
    }
}
