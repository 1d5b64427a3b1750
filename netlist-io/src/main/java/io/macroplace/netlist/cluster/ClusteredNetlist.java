package io.macroplace.netlist.cluster;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a clustering as a netlist the way Circuit Training's grouping does
 * ({@code Grouping.write_grouped_netlist}). Every node that is not a clustered cell is kept, with
 * its name, in input order. Cluster c becomes soft macro {@code Grp_c}, one grid column wide and
 * as tall as its cells' area divided by the target utilisation needs, centred on its cells'
 * area-weighted centre (the canvas centre when they have no position), with one input pin
 * {@code Grp_c/Pinput} that every net entering the cluster reaches, and one output pin per
 * distinct set of destinations its cells drive: {@code Poutput_single_k} for one destination,
 * {@code Poutput_multi_k} for several. Nets that leave a cluster for the same destinations merge
 * into that one pin, weights summed (parallel nets); nets inside one cluster vanish; nets with
 * more than the fan-out limit's sinks are left out, as Circuit Training disconnects them.
 */
final class ClusteredNetlist {
    /**
     * @param netlist     the clustered netlist
     * @param placement   its placement: kept nodes where the input had them, soft macros centred
     * @param clusterNode the node id of each cluster's soft macro
     * @param cutNets     kept input nets with more than one endpoint (a cluster or a kept node)
     * @param cutWeight   their weight
     * @param connectivity sum over kept input nets of weight x (endpoints - 1)
     * @param internalNets kept input nets inside one cluster
     */
    record Built(Netlist netlist, Placement placement, int[] clusterNode, int cutNets, double cutWeight,
                 double connectivity, int internalNets) {
    }

    private ClusteredNetlist() {
    }

    static Built build(FlatNetlist f, Placement p, int[] cluster, int clusters, ClusterCanvas canvas,
                       double utilization, String prefix) throws FormatException {
        Netlist n = f.netlist;
        NetlistBuilder b = new NetlistBuilder(n.source());
        for (Map.Entry<String, String> m : n.metadata().entrySet()) {
            b.putMetadata(m.getKey(), m.getValue());
        }
        b.putMetadata("soft_macro_area_bloating_ratio", Double.toString(1.0 / utilization));
        int[] newId = new int[f.nodeCount];
        int kept = 0;
        for (int v = 0; v < f.nodeCount; v++) {
            if (cluster[v] >= 0) {
                newId[v] = -1;
            } else {
                newId[v] = NodeCopy.add(b, n, v, f.hardMacro[v]);
                kept++;
            }
        }

        // endpoints: kept node -> its new id; cluster c -> kept + c
        int[] endpoint = new int[f.nodeCount];
        for (int v = 0; v < f.nodeCount; v++) {
            endpoint[v] = cluster[v] >= 0 ? kept + cluster[v] : newId[v];
        }
        SequenceTable outputs = new SequenceTable(); // [cluster, sorted destinations...]
        double[] outputWeight = new double[64];
        int[] keptNetStart = new int[16];
        int[] keptNetDriver = new int[16];
        double[] keptNetWeight = new double[16];
        int[] keptNetSinks = new int[64];
        int keptNets = 0;
        int sinkCount = 0;
        int cutNets = 0;
        int internal = 0;
        double cutWeight = 0;
        double connectivity = 0;
        int[] buffer = new int[64];
        for (int e = 0; e < f.kept.length; e++) {
            if (!f.kept[e]) {
                continue;
            }
            int s = f.netStart[e];
            int size = f.netStart[e + 1] - s;
            if (buffer.length < size + 1) {
                buffer = new int[Math.max(size + 1, 2 * buffer.length)];
            }
            int d = endpoint[f.netPins[s]];
            int count = 0;
            for (int i = s + 1; i < s + size; i++) {
                int q = endpoint[f.netPins[i]];
                if (q != d) {
                    buffer[1 + count++] = q;
                }
            }
            Arrays.sort(buffer, 1, 1 + count);
            int distinct = 0;
            for (int i = 1; i <= count; i++) {
                if (distinct == 0 || buffer[i] != buffer[distinct]) {
                    buffer[++distinct] = buffer[i];
                }
            }
            double w = n.netWeight(e);
            if (distinct == 0) {
                internal++;
                continue;
            }
            cutNets++;
            cutWeight += w;
            connectivity += w * distinct;
            if (d < kept) {
                if (keptNets + 1 >= keptNetStart.length) {
                    keptNetStart = Arrays.copyOf(keptNetStart, keptNetStart.length * 2);
                    keptNetDriver = Arrays.copyOf(keptNetDriver, keptNetStart.length);
                    keptNetWeight = Arrays.copyOf(keptNetWeight, keptNetStart.length);
                }
                if (sinkCount + distinct > keptNetSinks.length) {
                    keptNetSinks = Arrays.copyOf(keptNetSinks, Math.max(2 * keptNetSinks.length, sinkCount + distinct));
                }
                keptNetStart[keptNets] = sinkCount;
                keptNetDriver[keptNets] = d;
                keptNetWeight[keptNets] = w;
                System.arraycopy(buffer, 1, keptNetSinks, sinkCount, distinct);
                sinkCount += distinct;
                keptNets++;
            } else {
                buffer[0] = d - kept;
                int id = outputs.intern(buffer, 0, distinct + 1);
                if (id == outputWeight.length) {
                    outputWeight = Arrays.copyOf(outputWeight, id * 2);
                }
                outputWeight[id] += w;
            }
        }
        keptNetStart[keptNets] = sinkCount;

        // soft macros, their output pins (grouped by cluster, in first-seen order), their input pin
        double[] area = new double[clusters];
        double[] sx = new double[clusters];
        double[] sy = new double[clusters];
        double[] sw = new double[clusters];
        for (int v = 0; v < f.nodeCount; v++) {
            int c = cluster[v];
            if (c >= 0) {
                area[c] += f.area[v];
                if (f.positioned(v)) {
                    double weight = f.area[v] > 0 ? f.area[v] : 1e-12;
                    sx[c] += f.x[v] * weight;
                    sy[c] += f.y[v] * weight;
                    sw[c] += weight;
                }
            }
        }
        int[] pinsOf = new int[clusters + 1];
        for (int id = 0; id < outputs.size(); id++) {
            pinsOf[outputs.get(id, 0) + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            pinsOf[c + 1] += pinsOf[c];
        }
        int[] pinOrder = new int[outputs.size()];
        int[] fill = Arrays.copyOf(pinsOf, clusters);
        for (int id = 0; id < outputs.size(); id++) {
            pinOrder[fill[outputs.get(id, 0)]++] = id;
        }
        Set<String> taken = takenNames(n);
        int[] clusterNode = new int[clusters];
        int[] inputPin = new int[clusters];
        int[] outputPin = new int[outputs.size()];
        double width = canvas.cellWidth();
        double[] px = new double[kept + clusters * 2 + outputs.size()];
        double[] py = new double[px.length];
        for (int c = 0; c < clusters; c++) {
            String name = prefix + c;
            while (taken.contains(name)) {
                name = name + "_";
            }
            double x = sw[c] > 0 ? sx[c] / sw[c] : canvas.width() / 2;
            double y = sw[c] > 0 ? sy[c] / sw[c] : canvas.height() / 2;
            double height = area[c] / utilization / width;
            clusterNode[c] = b.addMacro(name, false, width, height, x, y, Orientation.N, 0);
            px[clusterNode[c]] = x;
            py[clusterNode[c]] = y;
            int multi = 0;
            int single = 0;
            for (int k = pinsOf[c]; k < pinsOf[c + 1]; k++) {
                int id = pinOrder[k];
                String pin = outputs.length(id) == 2 ? name + "/Poutput_single_" + single++ : name + "/Poutput_multi_" + multi++;
                outputPin[id] = b.addPin(pin, name, 0, 0, x, y, outputWeight[id], 0);
                px[outputPin[id]] = x;
                py[outputPin[id]] = y;
            }
            inputPin[c] = b.addPin(name + "/Pinput", name, 0, 0, x, y, 1.0, 0);
            px[inputPin[c]] = x;
            py[inputPin[c]] = y;
        }

        for (int k = 0; k < keptNets; k++) {
            int[] sinks = new int[keptNetStart[k + 1] - keptNetStart[k]];
            for (int i = 0; i < sinks.length; i++) {
                int q = keptNetSinks[keptNetStart[k] + i];
                sinks[i] = q < kept ? q : inputPin[q - kept];
            }
            b.addNet(keptNetDriver[k], sinks, keptNetWeight[k], 0);
        }
        for (int id = 0; id < outputs.size(); id++) {
            int[] sinks = new int[outputs.length(id) - 1];
            for (int i = 0; i < sinks.length; i++) {
                int q = outputs.get(id, i + 1);
                sinks[i] = q < kept ? q : inputPin[q - kept];
            }
            b.addNet(outputPin[id], sinks, Double.NaN, 0);
        }
        Netlist out = b.build();
        return new Built(out, placement(p, f, newId, out, px, py, kept), clusterNode, cutNets, cutWeight,
                connectivity, internal);
    }

    private static Placement placement(Placement p, FlatNetlist f, int[] newId, Netlist out, double[] px, double[] py,
                                       int kept) {
        int size = out.nodeCount();
        double[] x = Arrays.copyOf(px, size);
        double[] y = Arrays.copyOf(py, size);
        byte[] o = new byte[size];
        boolean[] fixed = new boolean[size];
        for (int v = 0; v < f.nodeCount; v++) {
            int id = newId[v];
            if (id >= 0) {
                x[id] = p.x(v);
                y[id] = p.y(v);
                o[id] = (byte) p.orientation(v).ordinal();
                fixed[id] = p.fixed(v);
            }
        }
        assert kept <= size;
        return new Placement(x, y, o, fixed);
    }

    /** Names a new macro must avoid: every node name and every prefix before a '/'. */
    private static Set<String> takenNames(Netlist n) {
        Set<String> taken = new HashSet<>();
        for (int v = 0; v < n.nodeCount(); v++) {
            String name = n.name(v);
            taken.add(name);
            int slash = name.lastIndexOf('/');
            if (slash > 0) {
                taken.add(name.substring(0, slash));
            }
        }
        return taken;
    }
}
