package io.macroplace.netlist.format;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefReader;
import io.macroplace.netlist.plc.PlcReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a design in whichever format its file name says. */
public final class DesignReader {
    private DesignReader() {
    }

    /** {@link #read(Path, Path, List)} without LEF files (for CT and Bookshelf designs). */
    public static Design read(Path netlistPath, Path plcPath) throws IOException {
        return read(netlistPath, plcPath, List.of());
    }

    /**
     * @param netlistPath a CT netlist ({@code .pb.txt[.gz]}), a Bookshelf {@code .aux} or a DEF ({@code .def[.gz]})
     * @param plcPath     a .plc for a CT netlist or a DEF, or null to use the netlist's own coordinates
     * @param lefFiles    the LEF files of a DEF (technology first); must be empty for other formats
     */
    public static Design read(Path netlistPath, Path plcPath, List<Path> lefFiles) throws IOException {
        DesignFormat format = DesignFormat.of(netlistPath);
        if (format != DesignFormat.DEF && !lefFiles.isEmpty()) {
            throw new IllegalArgumentException("--lef goes with DEF designs (.def or .def.gz); " + netlistPath
                    + " is not one");
        }
        if (format == DesignFormat.BOOKSHELF) {
            if (plcPath != null) {
                throw new IllegalArgumentException("--plc goes with Circuit Training netlists; a Bookshelf design "
                        + "carries its placement in its .pl file");
            }
            BookshelfDesign b = BookshelfReader.read(netlistPath);
            return new Design(b.netlist(), b.plc(), format, netlistPath, null);
        }
        if (format == DesignFormat.DEF) {
            if (lefFiles.isEmpty()) {
                throw new IllegalArgumentException("a DEF design needs its LEF files: give each with --lef "
                        + "(technology LEF first)");
            }
            DefDesign def = DefReader.read(netlistPath, lefFiles);
            PlcFile plc = new PlcFile(def.header(), def.placement());
            if (plcPath != null) {
                PlcFile given = PlcReader.read(plcPath, def.netlist());
                plc = new PlcFile(over(def.header(), given.header()), given.placement());
            }
            return new Design(def.netlist(), plc, format, netlistPath, plcPath, def);
        }
        Netlist netlist = CtNetlistReader.read(netlistPath);
        PlcFile plc = plcPath == null
                ? new PlcFile(PlcHeader.EMPTY, Placement.of(netlist))
                : PlcReader.read(plcPath, netlist);
        return new Design(netlist, plc, format, netlistPath, plcPath);
    }

    /** {@link #readPlaced(Path, Path, List)} without LEF files. */
    public static Design readPlaced(Path netlistPath, Path plcPath) throws IOException {
        return readPlaced(netlistPath, plcPath, List.of());
    }

    /**
     * {@link #read}, for uses that need every port, macro and cell at a position (scoring,
     * converting, drawing). With a .plc the reader has checked that already; without one, a CT
     * netlist or a DEF must carry the coordinates itself, and the first node that lacks them is
     * reported at its line.
     */
    public static Design readPlaced(Path netlistPath, Path plcPath, List<Path> lefFiles) throws IOException {
        Design d = read(netlistPath, plcPath, lefFiles);
        Unplaced.of(d.netlist(), d.plc().placement()).check(d.netlist(), d.format() == DesignFormat.DEF
                ? "the DEF leaves it unplaced, and no .plc (--plc) was given to place it"
                : "the netlist gives it no x and y, and no .plc (--plc) was given to place it");
        return d;
    }

    /** A DEF's settings with those a .plc header gives put over them. */
    private static PlcHeader over(PlcHeader base, PlcHeader top) {
        PlcHeader h = top;
        if (top.width().isEmpty() || top.height().isEmpty()) {
            h = h.withCanvas(base.width().orElseThrow(), base.height().orElseThrow());
        }
        if ((top.columns().isEmpty() || top.rows().isEmpty()) && base.columns().isPresent()) {
            h = h.withGrid(base.columns().getAsInt(), base.rows().getAsInt());
        }
        if ((top.routesPerMicronH().isEmpty() || top.routesPerMicronV().isEmpty())
                && base.routesPerMicronH().isPresent()) {
            h = h.withRoutes(base.routesPerMicronH().getAsDouble(), base.routesPerMicronV().getAsDouble());
        }
        if ((top.macroRoutesH().isEmpty() || top.macroRoutesV().isEmpty()) && base.macroRoutesH().isPresent()) {
            h = h.withMacroRoutes(base.macroRoutesH().getAsDouble(), base.macroRoutesV().getAsDouble());
        }
        if (top.blockages().isEmpty()) {
            h = h.withBlockages(base.blockages());
        }
        if (top.block() == null && base.block() != null) {
            h = h.withBlock(base.block());
        }
        return h;
    }
}
