package io.macroplace.netlist.def;

import io.macroplace.netlist.lef.LefDefFiles;
import io.macroplace.netlist.lef.LefLibrary;
import io.macroplace.netlist.lef.LefReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a DEF file (plain or gzipped, streamed) with its LEF library into a {@link DefDesign}.
 *
 * <p>Read: VERSION, DIVIDERCHAR, BUSBITCHARS, DESIGN, {@code UNITS DISTANCE MICRONS}, DIEAREA (a
 * rectangle or a polygon, whose bounding box becomes the canvas), ROW, COMPONENTS (PLACED, FIXED,
 * COVER, UNPLACED in all eight orientations, + HALO, + SOURCE, + WEIGHT read; other options
 * skipped), PINS (+ NET, + DIRECTION, + USE, + SPECIAL, shapes, placements, + PORT groups: the
 * first placed port is the pin's point), NETS (component pins and {@code PIN} terminals, + USE, +
 * WEIGHT; routing skipped) and placement BLOCKAGES. SPECIALNETS and other sections are skipped
 * to their END. Names are kept exactly as written (escapes, bus bits, hierarchy dividers).
 *
 * <p>Errors, each {@code FILE:LINE: what}: a cell no LEF defines, a pin the cell does not have, a
 * component or I/O pin a net names that the DEF does not list, a section whose item count differs
 * from its header, a missing END, DEF units that do not fit the LEF's (or no LEF units at all).
 */
public final class DefReader {
    private DefReader() {
    }

    /** Reads the LEF files in order, then the DEF. */
    public static DefDesign read(Path def, List<Path> lefFiles) throws IOException {
        return read(def, LefReader.read(lefFiles));
    }

    public static DefDesign read(Path def, LefLibrary lef) throws IOException {
        String source = def.toString();
        DefData data;
        try (InputStream in = LefDefFiles.open(def, source)) {
            data = DefParser.parse(in, source, lef);
            LefDefFiles.drain(in, source);
        }
        return DefModel.build(def, data, lef);
    }
}
