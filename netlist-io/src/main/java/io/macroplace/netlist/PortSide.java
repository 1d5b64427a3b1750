package io.macroplace.netlist;

/** The canvas edge a port sits on, when the netlist says. */
public enum PortSide {
    NONE, TOP, BOTTOM, LEFT, RIGHT
}
