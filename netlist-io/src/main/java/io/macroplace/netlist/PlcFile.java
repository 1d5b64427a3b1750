package io.macroplace.netlist;

/** A .plc file's content: its header settings and the placement of every placeable node. */
public record PlcFile(PlcHeader header, Placement placement) {
}
