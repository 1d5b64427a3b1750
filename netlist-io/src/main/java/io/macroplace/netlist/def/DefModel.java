package io.macroplace.netlist.def;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.lef.LefLibrary;
import io.macroplace.netlist.lef.LefMacro;
import io.macroplace.netlist.lef.LefPin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns what {@link DefParser} read into the netlist, placement and settings macroplace places:
 * microns from the die's lower-left corner, centres from lower-left corners and orientations,
 * hard-macro pin offsets from the LEF (from the macro centre, orientation N), standard cells
 * with their oriented size, FIXED and COVER components fixed.
 */
final class DefModel {
    private DefModel() {
    }

    static DefDesign build(Path path, DefData d, LefLibrary lef) throws FormatException {
        checkUnits(d, lef);
        if (d.die == null) {
            throw new FormatException(d.source, d.endLine, "the DEF has no DIEAREA; macroplace places within the die");
        }
        double dbu = d.dbu;
        double ox = d.die[0];
        double oy = d.die[1];
        double width = (d.die[2] - d.die[0]) / dbu;
        double height = (d.die[3] - d.die[1]) / dbu;
        NetlistBuilder b = new NetlistBuilder(d.source);
        DefComponents c = d.components;
        int[] componentNode = new int[c.size()];
        List<Double> macroW = new ArrayList<>();
        List<Double> macroH = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            LefMacro m = c.macro(i);
            Orientation o = c.orientation(i);
            double w = o.swapsSides() ? m.height() : m.width();
            double h = o.swapsSides() ? m.width() : m.height();
            double cx = c.status(i).placed() ? (c.x(i) - ox) / dbu + w / 2 : Double.NaN;
            double cy = c.status(i).placed() ? (c.y(i) - oy) / dbu + h / 2 : Double.NaN;
            if (m.klass().isHardMacro()) {
                componentNode[i] = b.addMacro(c.name(i), true, m.width(), m.height(), cx, cy, o, c.line(i));
                b.setRefName(componentNode[i], m.name());
                macroW.add(w);
                macroH.add(h);
            } else {
                componentNode[i] = b.addStdCell(c.name(i), w, h, cx, cy, 1.0, m.name(), c.line(i));
            }
        }
        boolean[] ioInNet = new boolean[d.pins.size()];
        for (int e = 0; e < d.endpoints; e++) {
            if (d.endType[e] == DefData.IO_PIN) {
                ioInNet[d.endIndex[e]] = true;
            }
        }
        int[] portNode = new int[d.pins.size()];
        Arrays.fill(portNode, -1);
        for (int p = 0; p < d.pins.size(); p++) {
            DefPin pin = d.pins.get(p);
            if (pin.isSupply() && !ioInNet[p]) {
                continue;
            }
            double x = (pin.x() - ox) / dbu;
            double y = (pin.y() - oy) / dbu;
            PortSide side = Double.isNaN(x) ? PortSide.NONE : PortSide.nearest(x, y, width, height);
            portNode[p] = b.addPort(pin.name(), x, y, side, pin.line());
        }
        int[] macroPinNode = new int[d.macroPins];
        for (int k = 0; k < d.macroPins; k++) {
            int comp = d.macroPinComponent[k];
            LefMacro m = c.macro(comp);
            LefPin p = d.macroPinLef[k];
            macroPinNode[k] = b.addPin(c.name(comp) + "/" + p.name(), c.name(comp), p.x() - m.width() / 2,
                    p.y() - m.height() / 2, Double.NaN, Double.NaN, 1.0, d.macroPinLine[k]);
        }
        int[] sinks = new int[16];
        for (int net = 0; net < d.nets; net++) {
            int from = d.netStart[net];
            int to = d.netStart[net + 1];
            if (sinks.length < to - from) {
                sinks = new int[2 * (to - from)];
            }
            int driver = node(d, from, componentNode, macroPinNode, portNode);
            for (int e = from + 1; e < to; e++) {
                sinks[e - from - 1] = node(d, e, componentNode, macroPinNode, portNode);
            }
            b.addNet(driver, Arrays.copyOf(sinks, to - from - 1), d.netWeight[net], d.netLine[net]);
        }
        Netlist netlist = b.build();
        Placement placement = placement(netlist, c, componentNode);

        PlcHeader header = PlcHeader.EMPTY.withCanvas(width, height);
        if (d.designName != null) {
            header = header.withBlock(d.designName);
        }
        Optional<CtGridding.Choice> grid = CtGridding.choose(width, height, unbox(macroW), unbox(macroH));
        if (grid.isPresent()) {
            header = header.withGrid(grid.get().columns(), grid.get().rows());
        }
        if (lef.routesPerMicronH().isPresent() && lef.routesPerMicronV().isPresent()) {
            header = header.withRoutes(lef.routesPerMicronH().getAsDouble(), lef.routesPerMicronV().getAsDouble());
            header = header.withMacroRoutes(lef.macroRoutesH().orElse(0), lef.macroRoutesV().orElse(0));
        }
        List<Blockage> blockages = new ArrayList<>();
        for (DefData.RawBlockage r : d.blockages) {
            blockages.add(new Blockage((r.x0() - ox) / dbu, (r.y0() - oy) / dbu, (r.x1() - ox) / dbu,
                    (r.y1() - oy) / dbu, r.rate()));
        }
        header = header.withBlockages(blockages);
        return new DefDesign(path, lef, d.version, d.designName, d.dividerChar, d.busBitChars, d.dbu, d.die.clone(),
                d.diePoints, d.rows, c, componentNode, d.pins, Math.max(d.pinCount, 0), d.netCount, d.nets,
                d.supplyNets, d.singlePinNets, d.specialNets, netlist, placement, header, grid);
    }

    private static void checkUnits(DefData d, LefLibrary lef) throws FormatException {
        if (d.dbu == 0) {
            throw new FormatException(d.source, d.componentsDeclaredLine > 0 ? d.componentsDeclaredLine : d.endLine,
                    "the DEF has no UNITS DISTANCE MICRONS before its coordinates");
        }
        if (lef.databaseMicrons() == 0) {
            throw new FormatException(d.source, d.unitsLine, "UNITS DISTANCE MICRONS " + d.dbu + " cannot be "
                    + "checked: none of the LEF files (" + String.join(", ", lef.files()) + ") gives UNITS DATABASE "
                    + "MICRONS; give the technology LEF with --lef");
        }
        if (d.dbu > lef.databaseMicrons() || lef.databaseMicrons() % d.dbu != 0) {
            throw new FormatException(d.source, d.unitsLine, "UNITS DISTANCE MICRONS " + d.dbu + " does not fit the "
                    + "LEF's DATABASE MICRONS " + lef.databaseMicrons() + " (" + lef.unitsSource()
                    + "): a DEF may use the LEF's units or a divisor of them");
        }
    }

    private static int node(DefData d, int e, int[] componentNode, int[] macroPinNode, int[] portNode) {
        int i = d.endIndex[e];
        return switch (d.endType[e]) {
            case DefData.CELL -> componentNode[i];
            case DefData.MACRO_PIN -> macroPinNode[i];
            default -> portNode[i];
        };
    }

    private static Placement placement(Netlist n, DefComponents c, int[] componentNode) {
        Placement p = Placement.of(n);
        boolean[] fixed = new boolean[n.nodeCount()];
        for (int i = 0; i < c.size(); i++) {
            fixed[componentNode[i]] = c.status(i).fixed();
        }
        return new Placement(p.xs(), p.ys(), p.orientations(), fixed);
    }

    private static double[] unbox(List<Double> v) {
        double[] a = new double[v.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.get(i);
        }
        return a;
    }
}
