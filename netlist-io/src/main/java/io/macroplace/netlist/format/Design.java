package io.macroplace.netlist.format;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import java.nio.file.Path;

/**
 * A netlist with its placement and settings, as read from disk.
 *
 * @param plc       the .plc content; for a netlist read without one, an empty header and the
 *                  netlist's own coordinates
 * @param netlistPath the file the netlist came from
 * @param plcPath   the placement file, or null when the placement came from the netlist itself
 */
public record Design(Netlist netlist, PlcFile plc, DesignFormat format, Path netlistPath, Path plcPath) {
}
