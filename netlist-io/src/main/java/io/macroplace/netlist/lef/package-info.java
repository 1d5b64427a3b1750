/**
 * LEF: the library side of a physical design (technology units, sites, routing layers, cell and
 * block masters with their pins). {@link io.macroplace.netlist.lef.LefReader} reads one or more
 * files into a {@link io.macroplace.netlist.lef.LefLibrary}; {@link
 * io.macroplace.netlist.lef.LefDefTokenizer} is the lexical layer LEF and DEF share.
 */
package io.macroplace.netlist.lef;
