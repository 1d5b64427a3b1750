package io.macroplace.env.mdp;

import io.macroplace.env.legal.Canvas;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the {@link MacroGraph} of a problem. Graph nodes: the model's objects (hard macros, then
 * soft macros, in {@link MacroNetModel} order) followed by the ports in netlist order. Each net
 * joins its driver's node with each sink's node (a star, as in Circuit Training's graph); parallel
 * connections add their net weights; every undirected connection appears as two directed edges.
 * Node features: {@link #FEATURES} floats: is-hard, is-soft, is-port, width / canvas width,
 * height / canvas height.
 */
public final class MacroGraphs {
    public static final int FEATURES = 5;

    private MacroGraphs() {
    }

    public static MacroGraph build(Netlist netlist, MacroNetModel model, Canvas canvas, int[] order) {
        int objects = model.objectCount();
        int[] ports = netlist.nodesOf(NodeKind.PORT);
        int nodes = objects + ports.length;
        int[] graphNode = new int[netlist.nodeCount()];
        java.util.Arrays.fill(graphNode, -1);
        for (int o = 0; o < objects; o++) {
            graphNode[model.objNode[o]] = o;
        }
        for (int i = 0; i < ports.length; i++) {
            graphNode[ports[i]] = objects + i;
        }
        float[] features = new float[nodes * FEATURES];
        for (int o = 0; o < objects; o++) {
            features[o * FEATURES + (model.isHard(o) ? 0 : 1)] = 1f;
            features[o * FEATURES + 3] = (float) (model.objW[o] / canvas.width());
            features[o * FEATURES + 4] = (float) (model.objH[o] / canvas.height());
        }
        for (int i = 0; i < ports.length; i++) {
            features[(objects + i) * FEATURES + 2] = 1f;
        }
        // merge connections: key = min * nodes + max
        Map<Long, float[]> weights = new HashMap<>();
        for (int net = 0; net < netlist.netCount(); net++) {
            int d = nodeOf(netlist, graphNode, netlist.netDriver(net));
            if (d < 0) {
                continue;
            }
            float w = (float) netlist.netWeight(net);
            for (int p = netlist.netStart(net) + 1; p < netlist.netEnd(net); p++) {
                int s = nodeOf(netlist, graphNode, netlist.netPin(p));
                if (s < 0 || s == d) {
                    continue;
                }
                long key = (long) Math.min(d, s) * nodes + Math.max(d, s);
                weights.computeIfAbsent(key, k -> new float[1])[0] += w;
            }
        }
        long[] keys = new long[weights.size()];
        int k = 0;
        for (Long key : weights.keySet()) {
            keys[k++] = key;
        }
        java.util.Arrays.sort(keys); // deterministic edge order
        int[] src = new int[2 * keys.length];
        int[] dst = new int[2 * keys.length];
        float[] ew = new float[2 * keys.length];
        for (int e = 0; e < keys.length; e++) {
            int a = (int) (keys[e] / nodes);
            int b = (int) (keys[e] % nodes);
            float w = weights.get(keys[e])[0];
            src[2 * e] = a;
            dst[2 * e] = b;
            ew[2 * e] = w;
            src[2 * e + 1] = b;
            dst[2 * e + 1] = a;
            ew[2 * e + 1] = w;
        }
        return new MacroGraph(nodes, FEATURES, features, src, dst, ew, order.clone());
    }

    private static int nodeOf(Netlist netlist, int[] graphNode, int node) {
        int macro = netlist.pinMacro(node);
        return macro >= 0 ? graphNode[macro] : graphNode[node];
    }
}
