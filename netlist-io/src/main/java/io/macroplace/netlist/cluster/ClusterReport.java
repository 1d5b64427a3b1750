package io.macroplace.netlist.cluster;

/**
 * What a clustering did, for people and scripts.
 *
 * @param cells      movable standard cells that went into clusters
 * @param keptCells  fixed standard cells, kept as they are
 * @param seedGroups groups seeded by hard-macro pins and ports (Circuit Training's fixed groups)
 * @param partitions parts the partitioner made: seed groups plus the requested clusters
 * @param clusters   soft macros in the result
 */
public record ClusterReport(int cells, int keptCells, int seedGroups, int partitions, int clusters, Cut cut,
                            Spread spread, Location location, Times times) {

    /**
     * Nets between clusters. An input net is cut when its pins lie in more than one cluster or
     * kept node (port, macro pin, fixed cell): such a net survives in the clustered netlist.
     *
     * @param nets                  cut input nets (kept nets only)
     * @param weight                their total weight
     * @param connectivity          sum over input nets of weight x (clusters and kept nodes touched - 1)
     * @param internalNets          input nets inside one cluster, gone from the result
     * @param droppedNets           input nets with more sinks than the fan-out limit, left out
     * @param outputNets            nets of the clustered netlist (cut nets leaving one cluster for
     *                              the same destinations merge into one)
     * @param partitionCut          weight of nets the partitioner's hypergraph cut, before the location split
     * @param partitionConnectivity that hypergraph's connectivity (lambda - 1) metric
     */
    public record Cut(int nets, double weight, double connectivity, int internalNets, int droppedNets,
                      int outputNets, double partitionCut, double partitionConnectivity) {
    }

    /**
     * Cluster sizes (cell area, before the utilisation bloat; cells per cluster).
     *
     * @param cv standard deviation of the cluster area over its mean
     */
    public record Spread(double cellArea, double minArea, double meanArea, double maxArea, double cv, int minCells,
                         int maxCells) {
    }

    /**
     * The split by location and the merge of small clusters.
     *
     * @param applied     false when the input had no placement or the split was turned off
     * @param splitGroups groups that spanned more than the threshold
     * @param newGroups   groups their pieces made
     * @param merged      small groups merged into a close, connected one
     * @param threshold   the largest span a group may have (µm)
     */
    public record Location(boolean applied, int splitGroups, int newGroups, int merged, double threshold) {
    }

    /** Wall-clock seconds per stage. */
    public record Times(double graph, double partition, double location, double build) {
        public double total() {
            return graph + partition + location + build;
        }
    }
}
