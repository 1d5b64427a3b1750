package io.macroplace.netlist.generate;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;

/**
 * A synthetic design: the netlist, a .plc with header settings and an initial placement (hard
 * macros legal: inside the canvas, not overlapping; ports fixed on the boundary), and the hidden
 * reference layout the nets were drawn from (macros uniformly spread, not legal), for tests and
 * benchmarks that want to know a layout where nets are short.
 */
public record GeneratedDesign(GeneratorConfig config, Netlist netlist, PlcFile plc, Placement reference) {
}
