package io.macroplace.netlist.format;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a design in whichever format its file name says. */
public final class DesignReader {
    private DesignReader() {
    }

    /**
     * @param netlistPath a CT netlist ({@code .pb.txt[.gz]}) or a Bookshelf {@code .aux}
     * @param plcPath     a .plc for a CT netlist, or null to use the netlist's own coordinates
     */
    public static Design read(Path netlistPath, Path plcPath) throws IOException {
        DesignFormat format = DesignFormat.of(netlistPath);
        if (format == DesignFormat.BOOKSHELF) {
            if (plcPath != null) {
                throw new IllegalArgumentException("--plc goes with Circuit Training netlists; a Bookshelf design "
                        + "carries its placement in its .pl file");
            }
            BookshelfDesign b = BookshelfReader.read(netlistPath);
            return new Design(b.netlist(), b.plc(), format, netlistPath, null);
        }
        Netlist netlist = CtNetlistReader.read(netlistPath);
        PlcFile plc = plcPath == null
                ? new PlcFile(PlcHeader.EMPTY, Placement.of(netlist))
                : PlcReader.read(plcPath, netlist);
        return new Design(netlist, plc, format, netlistPath, plcPath);
    }

    /**
     * {@link #read}, for uses that need every port, macro and cell at a position (scoring,
     * converting, drawing). With a .plc the reader has checked that already; without one, a CT
     * netlist must carry the coordinates itself, and the first node that lacks them is reported at
     * its line.
     */
    public static Design readPlaced(Path netlistPath, Path plcPath) throws IOException {
        Design d = read(netlistPath, plcPath);
        Unplaced.of(d.netlist(), d.plc().placement()).check(d.netlist(),
                "the netlist gives it no x and y, and no .plc (--plc) was given to place it");
        return d;
    }
}
