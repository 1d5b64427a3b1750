package io.macroplace.rl.net;

import io.macroplace.env.mdp.Observation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns observations of one design into the network's placeholder arrays. */
public final class ObservationBatch {
    /** Node inputs per observation: the static features plus placed flag, x and y. */
    public static final int DYNAMIC_NODE_FEATURES = 3;
    /** current w, h; next w, h; fraction of the episode done. */
    public static final int META_FEATURES = 5;
    public static final int PLANES = 3;

    private ObservationBatch() {
    }

    public static Map<String, INDArray> placeholders(GraphInputs g, List<Observation> obs, DataType type) {
        int b = obs.size();
        int n = g.nodeCount();
        int fs = g.graph().featureCount();
        int f = fs + DYNAMIC_NODE_FEATURES;
        int cells = g.cells();
        float[] node = new float[n * b * f];
        float[] current = new float[n * b];
        float[] meta = new float[b * META_FEATURES];
        float[] planes = new float[b * PLANES * cells];
        float[] mask = new float[b * cells];
        float[] stat = g.graph().staticFeatures();
        for (int j = 0; j < b; j++) {
            Observation o = obs.get(j);
            for (int v = 0; v < n; v++) {
                int base = (v * b + j) * f;
                System.arraycopy(stat, v * fs, node, base, fs);
                node[base + fs] = o.placed()[v];
                node[base + fs + 1] = o.nodeX()[v];
                node[base + fs + 2] = o.nodeY()[v];
            }
            current[o.currentNode() * b + j] = 1;
            int m = j * META_FEATURES;
            meta[m] = o.current()[0];
            meta[m + 1] = o.current()[1];
            meta[m + 2] = o.next()[0];
            meta[m + 3] = o.next()[1];
            meta[m + 4] = (float) o.step() / Math.max(1, g.episodeLength());
            int p = j * PLANES * cells;
            System.arraycopy(o.occupancy(), 0, planes, p, cells);
            System.arraycopy(o.wireMask(), 0, planes, p + cells, cells);
            System.arraycopy(o.positionMask(), 0, planes, p + 2 * cells, cells);
            boolean[] legal = o.legalMask();
            for (int c = 0; c < cells; c++) {
                mask[j * cells + c] = legal[c] ? 1f : 0f;
            }
        }
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(PolicyGraph.SOURCE, g.source());
        ph.put(PolicyGraph.TARGET, g.target());
        ph.put(PolicyGraph.AGGREGATE, g.aggregate());
        ph.put(PolicyGraph.EDGE_WEIGHT, g.weight());
        ph.put(PolicyGraph.NODES, arr(node, type, n, b, f));
        ph.put(PolicyGraph.CURRENT, arr(current, type, n, b, 1));
        ph.put(PolicyGraph.META, arr(meta, type, b, META_FEATURES));
        ph.put(PolicyGraph.PLANES, arr(planes, type, b, PLANES, g.rows(), g.columns()));
        ph.put(PolicyGraph.MASK, arr(mask, type, b, cells));
        return ph;
    }

    /**
     * Frees the per-batch arrays of a placeholder map now rather than at some later GC (the design's
     * constant tensors stay): off-heap memory otherwise grows to several GB between collections.
     */
    public static void release(GraphInputs g, Map<String, INDArray> placeholders) {
        for (INDArray a : placeholders.values()) {
            if (a != g.source() && a != g.target() && a != g.aggregate() && a != g.weight() && a.closeable()) {
                a.close();
            }
        }
    }

    private static INDArray arr(float[] data, DataType type, long... shape) {
        INDArray a = Nd4j.create(data, shape, 'c');
        return type == DataType.FLOAT ? a : a.castTo(type);
    }
}
