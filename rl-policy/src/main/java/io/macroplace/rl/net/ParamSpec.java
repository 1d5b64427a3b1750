package io.macroplace.rl.net;

import io.macroplace.rl.config.PolicyConfig;

import java.util.ArrayList;
import java.util.List;

/** Name, shape and fan-in of every trainable array; the single source of the network's layout. */
public record ParamSpec(String name, long[] shape, long fanIn, boolean bias) {

    static final String GNN_EDGE_W = "gnn_edge_W";
    static final String GNN_EDGE_B = "gnn_edge_b";
    static final String GNN_IN_W = "gnn_in_W";
    static final String GNN_AGG_W = "gnn_agg_W";
    static final String GNN_IN_B = "gnn_in_b";
    static final String EMB_W = "emb_W";
    static final String EMB_B = "emb_b";
    static final String UP_W = "up_W";
    static final String UP_B = "up_b";
    static final String SKIP_W = "skip_W";
    static final String HEAD_W = "head_W";
    static final String HEAD_B = "head_b";
    static final String VAL_W1 = "val_W1";
    static final String VAL_B1 = "val_b1";
    static final String VAL_W2 = "val_W2";
    static final String VAL_B2 = "val_b2";

    static String gnn(int layer, String what) {
        return "gnn" + layer + "_" + what;
    }

    static String conv(int layer, String what) {
        return "conv" + layer + "_" + what;
    }

    /** All parameters in a fixed order (the order of checkpoints and of the gradient-norm sum). */
    public static List<ParamSpec> layout(PolicyConfig c, int staticFeatures) {
        int d = c.nodeEmbedding();
        int k = c.convChannels();
        int f = staticFeatures;
        int ef = 2 * f + 1;
        List<ParamSpec> p = new ArrayList<>();
        // Round 0: edge MLP over (source, target, weight), mean of incoming messages, node update.
        p.add(w(GNN_EDGE_W, ef, ef, d));
        p.add(b(GNN_EDGE_B, 1, d));
        p.add(w(GNN_IN_W, f + d, f, d));
        p.add(w(GNN_AGG_W, f + d, d, d));
        p.add(b(GNN_IN_B, 1, d));
        // Rounds 1..gnnLayers-1: residual GCN rounds over the normalised adjacency.
        for (int l = 1; l < c.gnnLayers(); l++) {
            p.add(w(gnn(l, "Wself"), 2L * d, d, d));
            p.add(w(gnn(l, "Wnb"), 2L * d, d, d));
            p.add(b(gnn(l, "b"), 1, d));
        }
        int embIn = 2 * d + ObservationBatch.META_FEATURES;
        p.add(w(EMB_W, embIn, embIn, k));
        p.add(b(EMB_B, 1, k));
        // The CNN runs on the cost grid; with an action grid factor f above 1 its input is the
        // action-grid planes folded f x f into channels (space to depth).
        int factor = c.actionGridFactor();
        long planes = (long) ObservationBatch.PLANES * factor * factor;
        p.add(w(conv(0, "W"), 9L * planes, 3, 3, planes, k));
        p.add(b(conv(0, "b"), k));
        for (int l = 1; l <= c.convLayers(); l++) {
            p.add(w(conv(l, "W"), 9L * k, 3, 3, k, k));
            p.add(b(conv(l, "b"), k));
        }
        if (factor == 1) {
            p.add(w(HEAD_W, k, 1, 1, k, 1));
            p.add(b(HEAD_B, 1));
        } else {
            // Sub-pixel upsampling, kept folded: u features per action cell from the trunk and from
            // the folded planes, then one logit per action cell (f*f per cost-grid cell).
            long sub = (long) factor * factor;
            long u = c.upsampledChannels() * sub;
            p.add(w(UP_W, k, 1, 1, k, u));
            p.add(b(UP_B, u));
            p.add(w(SKIP_W, planes, 1, 1, planes, u));
            p.add(w(HEAD_W, u, 1, 1, u, sub));
            p.add(b(HEAD_B, sub));
        }
        p.add(w(VAL_W1, 2L * k, 2L * k, c.valueHidden()));
        p.add(b(VAL_B1, 1, c.valueHidden()));
        p.add(w(VAL_W2, c.valueHidden(), c.valueHidden(), 1));
        p.add(b(VAL_B2, 1, 1));
        return List.copyOf(p);
    }

    private static ParamSpec w(String name, long fanIn, long... shape) {
        return new ParamSpec(name, shape, fanIn, false);
    }

    private static ParamSpec b(String name, long... shape) {
        return new ParamSpec(name, shape, 1, true);
    }
}
