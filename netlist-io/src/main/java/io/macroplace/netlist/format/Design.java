package io.macroplace.netlist.format;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.def.DefDesign;
import java.nio.file.Path;

/**
 * A netlist with its placement and settings, as read from disk.
 *
 * @param plc       the .plc content; for a netlist read without one, an empty header (a DEF's:
 *                  its die, grid, routing and blockages) and the netlist's own coordinates
 * @param netlistPath the file the netlist came from
 * @param plcPath   the placement file, or null when the placement came from the netlist itself
 * @param def       the DEF the design was read from (for writing it back placed), or null
 */
public record Design(Netlist netlist, PlcFile plc, DesignFormat format, Path netlistPath, Path plcPath,
                     DefDesign def) {

    /** A design that was not read from a DEF. */
    public Design(Netlist netlist, PlcFile plc, DesignFormat format, Path netlistPath, Path plcPath) {
        this(netlist, plc, format, netlistPath, plcPath, null);
    }
}
