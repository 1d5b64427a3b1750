package io.macroplace.netlist.cluster;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.util.Arrays;

/**
 * Groups the standard cells of a flat netlist into soft macros, as Circuit Training's grouping
 * does with hMETIS, in four steps: seed groups around hard-macro pins and ports
 * ({@link SeedGroups}); a k-way partition of the rest by multilevel recursive bisection with FM
 * refinement, then k-way label propagation ({@link RecursiveBisection}, {@link KWayRefiner}),
 * the seeds fixed to their own parts; for placed inputs, a split of spread-out clusters by
 * location and a merge of small ones ({@link LocationSplit}); and the clustered netlist
 * ({@link ClusteredNetlist}). Deterministic: the same input, canvas and config give the same result.
 */
public final class Clusterer {
    private Clusterer() {
    }

    /**
     * @param placement where the input's nodes are (cells too, for the split by location) and
     *                  which are fixed; fixed cells are kept, not clustered
     */
    public static Clustering cluster(Netlist netlist, Placement placement, ClusterCanvas canvas, ClusterConfig config)
            throws FormatException {
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " nodes, netlist "
                    + netlist.nodeCount());
        }
        long t0 = System.nanoTime();
        FlatNetlist f = new FlatNetlist(netlist, placement, config.maxFanout());
        SeedGroups.Result seeds = SeedGroups.of(f, canvas, config.logicLevels());
        ClusterGraph graph = ClusterGraph.of(f, seeds);
        Hypergraph h = graph.hypergraph;
        int parts = graph.seeds + config.clusters();
        int[] fixedPart = new int[h.vertexCount];
        Arrays.fill(fixedPart, -1);
        for (int s = 0; s < graph.seeds; s++) {
            // seeds spread evenly over the part numbers, so that every branch of the recursion gets some
            fixedPart[s] = (int) ((2L * s + 1) * parts / (2L * graph.seeds));
        }
        long t1 = System.nanoTime();

        HypergraphPartitioner.Result partition = HypergraphPartitioner.partition(h, fixedPart, parts,
                config.imbalance(), config.runs(), config.seed());
        int[] part = partition.part();
        long t2 = System.nanoTime();

        int[] group = new int[f.nodeCount];
        for (int v = 0; v < f.nodeCount; v++) {
            int vertex = graph.vertexOfNode[v];
            group[v] = vertex >= 0 ? part[vertex] : -1;
        }
        double threshold = canvas.breakupThreshold();
        ClusterReport.Location location;
        if (config.breakup() && f.placed) {
            int nonEmpty = countGroups(group, parts);
            int maxSmall = nonEmpty == 0 ? 0 : f.nodeCount / nonEmpty / 4;
            LocationSplit.Outcome o = LocationSplit.apply(f, group, parts, threshold, maxSmall, threshold / 2);
            location = new ClusterReport.Location(true, o.splitGroups(), o.newGroups(), o.merged(), threshold);
        } else {
            location = new ClusterReport.Location(false, 0, 0, 0, threshold);
        }
        int clusters = clustersOfCells(f, group);
        long t3 = System.nanoTime();

        ClusteredNetlist.Built built = ClusteredNetlist.build(f, placement, group, clusters, canvas,
                config.utilization(), "Grp_");
        long t4 = System.nanoTime();

        int cells = 0;
        int keptCells = 0;
        for (int v = 0; v < f.nodeCount; v++) {
            if (f.movable[v]) {
                cells++;
            } else if (netlist.kind(v) == NodeKind.STDCELL) {
                keptCells++;
            }
        }
        int dropped = f.kept.length - f.keptCount;
        ClusterReport.Cut cut = new ClusterReport.Cut(built.cutNets(), built.cutWeight(), built.connectivity(),
                built.internalNets(), dropped, built.netlist().netCount(), partition.cut(), partition.connectivity());
        ClusterReport report = new ClusterReport(cells, keptCells,
                graph.seeds, parts, clusters, cut, spread(f, group, clusters), location,
                new ClusterReport.Times(seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(t4 - t3)));
        return new Clustering(built.netlist(), built.placement(), group, built.clusterNode(), report);
    }

    private static int countGroups(int[] group, int count) {
        boolean[] used = new boolean[count];
        int n = 0;
        for (int g : group) {
            if (g >= 0 && !used[g]) {
                used[g] = true;
                n++;
            }
        }
        return n;
    }

    /**
     * Keeps the groups of movable cells only, numbered 0.. in the order of their first cell; every
     * other node gets -1 (kept). Returns the number of clusters.
     */
    private static int clustersOfCells(FlatNetlist f, int[] group) {
        int max = -1;
        for (int g : group) {
            max = Math.max(max, g);
        }
        int[] id = new int[max + 1];
        Arrays.fill(id, -1);
        int next = 0;
        for (int v = 0; v < f.nodeCount; v++) {
            if (!f.movable[v]) {
                group[v] = -1;
            } else {
                int g = group[v];
                if (id[g] < 0) {
                    id[g] = next++;
                }
                group[v] = id[g];
            }
        }
        return next;
    }

    private static ClusterReport.Spread spread(FlatNetlist f, int[] cluster, int clusters) {
        double[] area = new double[clusters];
        int[] cells = new int[clusters];
        double total = 0;
        for (int v = 0; v < f.nodeCount; v++) {
            if (cluster[v] >= 0) {
                area[cluster[v]] += f.area[v];
                cells[cluster[v]]++;
                total += f.area[v];
            }
        }
        if (clusters == 0) {
            return new ClusterReport.Spread(0, 0, 0, 0, 0, 0, 0);
        }
        double mean = total / clusters;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double var = 0;
        int minCells = Integer.MAX_VALUE;
        int maxCells = 0;
        for (int c = 0; c < clusters; c++) {
            min = Math.min(min, area[c]);
            max = Math.max(max, area[c]);
            var += (area[c] - mean) * (area[c] - mean);
            minCells = Math.min(minCells, cells[c]);
            maxCells = Math.max(maxCells, cells[c]);
        }
        double cv = mean > 0 ? Math.sqrt(var / clusters) / mean : 0;
        return new ClusterReport.Spread(total, min, mean, max, cv, minCells, maxCells);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
