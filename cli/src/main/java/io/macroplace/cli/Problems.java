package io.macroplace.cli;

import io.macroplace.env.problem.MaskPlaceProblems;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.cluster.Clustering;
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
 * @param maskPlace  true for the MaskPlace setting: costs' proxy and wirelength are macro HPWL / 1e5
 * @param design     the design placed (null in the MaskPlace setting): the one read, or its clustering
 *                   when it had standard cells; its {@code def()} is where a placed DEF is written back from
 * @param clustering how a design with standard cells was clustered into the problem's netlist
 *                   ({@link FlatDesigns}), or null
 */
public record Problems(PlacementProblem problem, boolean maskPlace, Design design, Clustering clustering) {
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
            return new Problems(MaskPlaceProblems.of(BookshelfReader.read(netlist), grid), true, null, null);
        }
        FlatDesigns.Prepared p = FlatDesigns.prepare(DesignReader.read(netlist, plc, lefFiles), options,
                ClusterConfig.defaults());
        Design design = p.design();
        return new Problems(PlacementProblem.of(design.netlist(), p.settings(), design.plc().placement()), false,
                design, p.clustering());
    }
}
