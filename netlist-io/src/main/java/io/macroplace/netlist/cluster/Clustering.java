package io.macroplace.netlist.cluster;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;

/**
 * The result of {@link Clusterer#cluster}: the clustered netlist with its placement, and where
 * every input node went.
 *
 * @param clusterOf   per input node, its cluster, or -1 for a node kept as it is
 * @param clusterNode per cluster, the node id of its soft macro in {@code netlist}
 */
public record Clustering(Netlist netlist, Placement placement, int[] clusterOf, int[] clusterNode,
                         ClusterReport report) {
}
