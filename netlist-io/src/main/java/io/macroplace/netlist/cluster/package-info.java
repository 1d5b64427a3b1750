/**
 * Clustering of flat netlists into soft macros, the step Circuit Training's flow does with its
 * grouping scripts and hMETIS before macro placement ({@link io.macroplace.netlist.cluster.Clusterer}).
 *
 * <p>The steps follow Circuit Training's {@code grouping/grouper.py}: seed groups from hard-macro
 * pins and port runs, one logic level deep ({@code SeedGroups}); a k-way partition of the rest,
 * the seeds fixed, with hMETIS's scheme rebuilt here: multilevel recursive bisection with
 * first-choice coarsening under the heavy-edge rating, greedy-growing initial bisections and
 * Fiduccia-Mattheyses refinement at every level, the best of several runs per split, then k-way
 * label-propagation refinement on the connectivity metric ({@code RecursiveBisection},
 * {@code Bisection}, {@code Coarsening}, {@code FmRefiner}, {@code KWayRefiner}); the split of
 * spread-out clusters by location and the merge of small ones ({@code LocationSplit}); and the
 * clustered netlist ({@code ClusteredNetlist}). All of it works on flat int and double arrays
 * (a CSR hypergraph) and is deterministic for a seed.
 *
 * <p>On Circuit Training's own hMETIS input for ariane133 (its {@code metis_input} and fix file,
 * 96,886 vertices, 647 parts), hMETIS cut 20,480 nets; this partitioner, at the same balance,
 * cuts 1 % more (see {@code benchmarks/README.md}).
 */
package io.macroplace.netlist.cluster;
