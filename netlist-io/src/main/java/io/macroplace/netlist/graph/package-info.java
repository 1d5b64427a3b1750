/**
 * JGraphT views of a netlist ({@link io.macroplace.netlist.graph.ConnectivityGraphs}: clique or star
 * net models, pins collapsed onto their macros) and figures about a graph
 * ({@link io.macroplace.netlist.graph.GraphStatistics}), for the info command, clustering and the
 * policy's graph encoder.
 */
package io.macroplace.netlist.graph;
