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
}
