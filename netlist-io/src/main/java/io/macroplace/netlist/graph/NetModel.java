package io.macroplace.netlist.graph;

/** How a net of k vertices becomes weighted edges of a graph. */
public enum NetModel {
    /** Every pair of the net's vertices, each weighing w / (k - 1): a vertex's share sums to w. */
    CLIQUE,
    /** The driver's vertex to each other vertex of the net, weighing w. */
    STAR
}
