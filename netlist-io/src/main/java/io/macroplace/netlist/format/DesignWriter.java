package io.macroplace.netlist.format;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.bookshelf.BookshelfLayout;
import io.macroplace.netlist.bookshelf.BookshelfWriter;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.ct.DriverSplit;
import io.macroplace.netlist.plc.PlcWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a design in a chosen format; every file atomically. */
public final class DesignWriter {
    /** NanGate45's row height, used when a design without standard cells goes to Bookshelf. */
    private static final double DEFAULT_ROW_HEIGHT = 1.4;

    private DesignWriter() {
    }

    /**
     * What {@link #write} wrote.
     *
     * @param files        the files, netlist first
     * @param addedDrivers nodes added to give each net its own driver ({@link DriverSplit}), 0 for Bookshelf
     */
    public record Written(List<Path> files, int addedDrivers) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Checks everything first, then writes all the files together ({@link AtomicFiles.Batch}): a
     * design that cannot be written leaves no file behind. Every port, macro and cell needs a
     * position. A Circuit Training netlist gets one driver per net ({@link DriverSplit}: nodes of a
     * Bookshelf design that drive several nets get extra drivers, after all other nodes).
     *
     * @param out for Circuit Training, the netlist path ({@code .pb.txt} or {@code .pb.txt.gz}); the .plc
     *            goes beside it ({@link #plcPathFor}); for Bookshelf, the {@code .aux} path
     * @throws FormatException for what the format cannot say, at the node's line in the netlist's source
     */
    public static Written write(Netlist netlist, PlcFile plc, Path out, DesignFormat format) throws IOException {
        Unplaced.of(netlist, plc.placement()).check(netlist, "every node needs one to be written");
        if (format == DesignFormat.DEF) {
            throw new IllegalArgumentException("a DEF is written back from the DEF a design was read from "
                    + "(io.macroplace.netlist.def.DefWriter); there is none here");
        }
        if (format == DesignFormat.BOOKSHELF) {
            BookshelfWriter.write(out, netlist, plc.placement(), layoutFor(netlist, plc));
            return new Written(List.of(out), 0);
        }
        DriverSplit.Result split = DriverSplit.apply(netlist, plc.placement());
        Netlist n = split.netlist();
        PlcFile p = new PlcFile(plc.header(), split.placement());
        CtNetlistWriter.check(n, p.placement());
        Path plcPath = plcPathFor(out);
        AtomicFiles.batch()
                .add(out, CtNetlistWriter.body(n, p.placement(), out))
                .addText(plcPath, w -> PlcWriter.write(w, n, p))
                .write();
        return new Written(List.of(out, plcPath), split.added());
    }

    /** {@code dir/name.pb.txt[.gz]} → {@code dir/name.plc}; any other name gets {@code .plc} appended. */
    public static Path plcPathFor(Path netlistPath) {
        String name = netlistPath.getFileName().toString();
        for (String ext : new String[] {".pb.txt.gz", ".pb.txt", ".txt.gz", ".txt"}) {
            if (name.endsWith(ext)) {
                return netlistPath.resolveSibling(name.substring(0, name.length() - ext.length()) + ".plc");
            }
        }
        return netlistPath.resolveSibling(name + ".plc");
    }

    /**
     * The Bookshelf canvas is the .plc header's, else the extent of the placement from the origin;
     * rows are as tall as the tallest standard cell, so that cells stay cells and macros stay macros.
     */
    public static BookshelfLayout layoutFor(Netlist netlist, PlcFile plc) {
        PlcHeader h = plc.header();
        Placement p = plc.placement();
        double width;
        double height;
        if (h.width().isPresent() && h.height().isPresent()) {
            width = h.width().getAsDouble();
            height = h.height().getAsDouble();
        } else {
            width = 0;
            height = 0;
            for (int i = 0; i < netlist.nodeCount(); i++) {
                if (netlist.kind(i).isPlaceable() && Double.isFinite(p.x(i)) && Double.isFinite(p.y(i))) {
                    width = Math.max(width, p.x(i) + netlist.width(i) / 2);
                    height = Math.max(height, p.y(i) + netlist.height(i) / 2);
                }
            }
        }
        double row = 0;
        double smallestHardMacro = Double.POSITIVE_INFINITY;
        for (int i = 0; i < netlist.nodeCount(); i++) {
            if (netlist.kind(i) == NodeKind.STDCELL) {
                row = Math.max(row, netlist.height(i));
            } else if (netlist.kind(i) == NodeKind.HARD_MACRO && netlist.height(i) > 0) {
                smallestHardMacro = Math.min(smallestHardMacro, netlist.height(i));
            }
        }
        if (row == 0) {
            row = Math.min(DEFAULT_ROW_HEIGHT, smallestHardMacro / 2);
        }
        return BookshelfLayout.of(width, height, row, Math.min(row, 0.19));
    }
}
