/**
 * DEF: a placed (or unplaced) design over a LEF library. {@link io.macroplace.netlist.def.DefReader}
 * streams a DEF into a {@link io.macroplace.netlist.def.DefDesign} (the netlist, placement and
 * settings macroplace works on, plus what is needed to write it back); {@link
 * io.macroplace.netlist.def.DefWriter} writes the input DEF back with its hard macros placed;
 * {@link io.macroplace.netlist.def.CtGridding} chooses the grid as Circuit Training's gridding does.
 */
package io.macroplace.netlist.def;
