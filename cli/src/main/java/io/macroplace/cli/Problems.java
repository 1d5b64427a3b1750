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

/**
 * The placement problem of a design file. A Circuit Training design is placed under the proxy
 * cost with its .plc settings; a Bookshelf design in the MaskPlace setting of the macro-placement
 * papers (macros only, macro HPWL as the objective, reported in 1e5 units), so that results sit in
 * the same tables as theirs.
 *
 * @param maskPlace true for the MaskPlace setting: costs' proxy and wirelength are macro HPWL / 1e5
 */
public record Problems(PlacementProblem problem, boolean maskPlace) {
    /** MaskPlace's placement grid. */
    public static final int MASKPLACE_GRID = 224;

    public static Problems load(Path netlist, Path plc, CostOptions options) throws IOException {
        if (DesignFormat.of(netlist) == DesignFormat.BOOKSHELF) {
            if (plc != null) {
                throw new IllegalArgumentException("--plc goes with Circuit Training netlists; a Bookshelf design "
                        + "carries its placement in its .pl file");
            }
            int grid = options.columns != null ? options.columns : MASKPLACE_GRID;
            return new Problems(MaskPlaceProblems.of(BookshelfReader.read(netlist), grid), true);
        }
        Design design = DesignReader.read(netlist, plc);
        CostSettings settings = options.resolve(design);
        return new Problems(PlacementProblem.of(design.netlist(), settings, design.plc().placement()), false);
    }
}
