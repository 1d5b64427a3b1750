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
    /**
     * current w, h; next w, h; fraction of the episode done; mean over nodes of (placed, x, y) — the
     * per-observation node state reaches the network only through these and the CNN planes (the
     * graph encoder sees the static netlist, once per forward pass).
     */
    public static final int META_FEATURES = 8;
    public static final int PLANES = 3;

    private ObservationBatch() {
    }

    /** All placeholders of the network for a batch: the design's constant tensors and the batch's. */
    public static Map<String, INDArray> placeholders(GraphInputs g, List<Observation> obs, DataType type) {
        Map<String, INDArray> ph = batchPlaceholders(g, obs, type);
        ph.putAll(staticPlaceholders(g));
        return ph;
    }

    /** The design's constant tensors, the graph encoder's inputs. */
    static Map<String, INDArray> staticPlaceholders(GraphInputs g) {
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(PolicyGraph.NODES, g.nodeFeatures());
        ph.put(PolicyGraph.SLOT_FEATURES, g.slotFeatures());
        ph.put(PolicyGraph.PADDING, g.padding());
        ph.put(PolicyGraph.IN_DEGREE_INV, g.inDegreeInv());
        ph.put(PolicyGraph.ADJACENCY, g.adjacency());
        return ph;
    }

    /** The per-observation placeholders of a batch. */
    static Map<String, INDArray> batchPlaceholders(GraphInputs g, List<Observation> obs, DataType type) {
        int b = obs.size();
        int n = g.nodeCount();
        int cells = g.cells();
        float[] current = new float[b * n];
        float[] meta = new float[b * META_FEATURES];
        float[] planes = new float[b * PLANES * cells];
        float[] mask = new float[b * cells];
        for (int j = 0; j < b; j++) {
            Observation o = obs.get(j);
            if (o.currentNode() < 0 || o.currentNode() >= n) {
                throw new IllegalArgumentException("observation has no current macro (node " + o.currentNode()
                        + "): the episode is already over; a design with no movable macro cannot be trained"
                        + " or placed by the policy");
            }
            double placed = 0;
            double x = 0;
            double y = 0;
            for (int v = 0; v < n; v++) {
                placed += o.placed()[v];
                x += o.nodeX()[v];
                y += o.nodeY()[v];
            }
            current[j * n + g.row(o.currentNode())] = 1;
            int m = j * META_FEATURES;
            meta[m] = o.current()[0];
            meta[m + 1] = o.current()[1];
            meta[m + 2] = o.next()[0];
            meta[m + 3] = o.next()[1];
            meta[m + 4] = (float) o.step() / Math.max(1, g.episodeLength());
            meta[m + 5] = (float) (placed / n);
            meta[m + 6] = (float) (x / n);
            meta[m + 7] = (float) (y / n);
            // planes and mask in the folded cell order (GraphInputs#foldedIndex): plane p's action
            // cells of sub-position s are channel p * f * f + s of the cost grid
            int p = j * PLANES * cells;
            int[] folded = g.foldedIndex();
            float[][] maps = {o.occupancy(), o.wireMask(), o.positionMask()};
            for (int k = 0; k < PLANES; k++) {
                float[] map = maps[k];
                for (int c = 0; c < cells; c++) {
                    planes[p + k * cells + folded[c]] = map[c];
                }
            }
            boolean[] legal = o.legalMask();
            for (int c = 0; c < cells; c++) {
                mask[j * cells + folded[c]] = legal[c] ? 1f : 0f;
            }
        }
        Map<String, INDArray> ph = new HashMap<>();
        ph.put(PolicyGraph.CURRENT, arr(current, type, b, n));
        ph.put(PolicyGraph.META, arr(meta, type, b, META_FEATURES));
        int f = g.factor();
        ph.put(PolicyGraph.PLANES, arr(planes, type, b, (long) PLANES * f * f, g.rows() / f, g.columns() / f));
        ph.put(PolicyGraph.MASK, arr(mask, type, b, cells));
        return ph;
    }

    /**
     * Frees the per-batch arrays of a placeholder map now rather than at some later GC (the design's
     * constant tensors stay): off-heap memory otherwise grows to several GB between collections.
     */
    public static void release(GraphInputs g, Map<String, INDArray> placeholders) {
        for (INDArray a : placeholders.values()) {
            if (!g.isConstant(a) && a.closeable()) {
                a.close();
            }
        }
    }

    private static INDArray arr(float[] data, DataType type, long... shape) {
        INDArray a = Nd4j.create(data, shape, 'c');
        return type == DataType.FLOAT ? a : a.castTo(type);
    }
}
