package io.macroplace.cli;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.problem.MaskPlaceProblems;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignFormat;
import io.macroplace.netlist.format.DesignReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The placement problem of a design file. A Circuit Training design or a DEF is placed under the
 * proxy cost with its settings (.plc header; a DEF's die, grid and routing); a Bookshelf design
 * in the MaskPlace setting of the macro-placement papers (macros only, macro HPWL as the
 * objective, reported in 1e5 units), so that results sit in the same tables as theirs.
 *
 * @param maskPlace true for the MaskPlace setting: costs' proxy and wirelength are macro HPWL / 1e5
 * @param design    the design as read (null in the MaskPlace setting); its {@code def()} is where a
 *                  placed DEF is written back from
 */
public record Problems(PlacementProblem problem, boolean maskPlace, Design design) {
    /** MaskPlace's placement grid. */
    public static final int MASKPLACE_GRID = 224;

    public static Problems load(Path netlist, Path plc, CostOptions options) throws IOException {
        return load(netlist, plc, List.of(), options);
    }

    /** @param lefFiles the LEF files of a DEF design, empty for other formats */
    public static Problems load(Path netlist, Path plc, List<Path> lefFiles, CostOptions options) throws IOException {
        if (DesignFormat.of(netlist) == DesignFormat.BOOKSHELF) {
            if (plc != null) {
                throw new IllegalArgumentException("--plc goes with Circuit Training netlists; a Bookshelf design "
                        + "carries its placement in its .pl file");
            }
            if (!lefFiles.isEmpty()) {
                throw new IllegalArgumentException("--lef goes with DEF designs (.def or .def.gz); " + netlist
                        + " is not one");
            }
            int grid = options.columns != null ? options.columns : MASKPLACE_GRID;
            return new Problems(MaskPlaceProblems.of(BookshelfReader.read(netlist), grid), true, null);
        }
        Design design = DesignReader.read(netlist, plc, lefFiles);
        CostSettings settings = options.resolve(design);
        return new Problems(PlacementProblem.of(design.netlist(), settings, design.plc().placement()), false, design);
    }
}
