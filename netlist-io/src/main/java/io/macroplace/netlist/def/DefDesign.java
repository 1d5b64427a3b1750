package io.macroplace.netlist.def;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.lef.LefLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A DEF design read with its LEF library: the DEF's own facts (units, die, rows, components as
 * written, counts) and the netlist, placement and settings macroplace works on.
 *
 * <p>The netlist's coordinates are microns from the die's lower-left corner (the canvas origin);
 * its nodes are the components in file order (hard macros as {@code HARD_MACRO}, every other
 * cell as {@code STDCELL}, both with their DEF names), then the signal I/O pins as ports, then the
 * hard-macro pins that signal nets use ({@code COMPONENT/PIN}). The header holds the canvas (the
 * die's bounding box), the grid ({@link CtGridding}), routing tracks from the LEF's routing layers
 * and the placement blockages.
 *
 * @param path       the DEF file
 * @param lef        the LEF library it was read with
 * @param dbu        {@code UNITS DISTANCE MICRONS}
 * @param die        the die's bounding box in database units: x0, y0, x1, y1
 * @param diePoints  2 for a rectangular DIEAREA, the number of vertices of a polygon
 * @param componentNodes the netlist node of each component
 * @param pinCount   the items of PINS (signal and supply)
 * @param netCount   the items of NETS
 * @param signalNets the nets in the netlist
 * @param supplyNets power and ground nets in NETS, left out
 * @param singlePinNets nets reaching fewer than two distinct nodes, left out
 * @param specialNets the items of SPECIALNETS, left out
 * @param grid       the gridding result, empty when no candidate grid packs the macros
 */
public record DefDesign(Path path, LefLibrary lef, String version, String designName, String dividerChar,
                        String busBitChars, int dbu, double[] die, int diePoints, List<DefRow> rows,
                        DefComponents components, int[] componentNodes, List<DefPin> pins, int pinCount,
                        int netCount, int signalNets, int supplyNets, int singlePinNets, int specialNets,
                        Netlist netlist, Placement placement, PlcHeader header, Optional<CtGridding.Choice> grid) {

    public double dieWidth() {
        return (die[2] - die[0]) / dbu;
    }

    public double dieHeight() {
        return (die[3] - die[1]) / dbu;
    }

    public boolean diePolygon() {
        return diePoints > 2;
    }

    /** Components that are hard macros. */
    public int hardMacroCount() {
        int k = 0;
        for (int i = 0; i < components.size(); i++) {
            if (components.macro(i).klass().isHardMacro()) {
                k++;
            }
        }
        return k;
    }

    /** Components that are FIXED or COVER. */
    public int fixedCount() {
        int k = 0;
        for (int i = 0; i < components.size(); i++) {
            if (components.status(i).fixed()) {
                k++;
            }
        }
        return k;
    }
}
