package io.macroplace.env.problem;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.MaskPlaceView;

/**
 * The MaskPlace / WireMask setting of an ISPD 2005 Bookshelf design as a {@link PlacementProblem}:
 * the design's {@link MaskPlaceView} (every terminal a macro, nets with at least two macros)
 * becomes a netlist of hard macros only, on the Bookshelf canvas with a {@code grid x grid} grid
 * (MaskPlace uses 224). The proxy cost is weighted (1, 0, 0), i.e. proportional to HPWL, so SA and
 * coordinate descent optimise macro HPWL; the evaluator reports macro HPWL (unweighted, in 1e5
 * units, as the papers print it) in {@link Costs#proxy()} and {@link Costs#wirelength()}, with
 * density and congestion 0 and the raw HPWL in {@link Costs#hpwl()}.
 */
public final class MaskPlaceProblems {
    private MaskPlaceProblems() {
    }

    public static PlacementProblem of(BookshelfDesign design, int grid) {
        MaskPlaceView v = MaskPlaceView.of(design);
        Netlist n = netlist(design.name(), v);
        double width = design.layout().width();
        double height = design.layout().height();
        PlcHeader header = PlcHeader.EMPTY.withCanvas(width, height).withGrid(grid, grid);
        CostSettings settings = CostSettings.resolve(n, header).withWeights(1, 0, 0);
        PlacementProblem p = PlacementProblem.of(n, settings, Placement.of(n));
        return p.withEvaluator(new MacroHpwlEvaluator(p.model()));
    }

    /** Macros m0..m(k-1) at the view's centres, one pin per net pin, nets driven by their first pin. */
    static Netlist netlist(String name, MaskPlaceView v) {
        try {
            NetlistBuilder b = new NetlistBuilder(name + " (MaskPlace macros)");
            for (int m = 0; m < v.macroCount(); m++) {
                b.addMacro("m" + m, true, v.width(m), v.height(m), v.xs()[m], v.ys()[m], Orientation.N, 0);
            }
            for (int e = 0; e < v.netCount(); e++) {
                int s = v.netStart(e);
                int end = v.netEnd(e);
                int[] ids = new int[end - s];
                for (int i = s; i < end; i++) {
                    int m = v.pinMacro(i);
                    ids[i - s] = b.addPin("m" + m + "/n" + e + "_" + (i - s), "m" + m, v.pinDx(i), v.pinDy(i),
                            Double.NaN, Double.NaN, 1.0, 0);
                }
                b.addNet(ids[0], java.util.Arrays.copyOfRange(ids, 1, ids.length), 1.0, 0);
            }
            return b.build();
        } catch (FormatException e) {
            throw new IllegalStateException("could not rebuild the macro netlist: " + e.getMessage(), e);
        }
    }

    /** Macro HPWL, unweighted, reported in 1e5 units. */
    static final class MacroHpwlEvaluator implements Evaluator {
        private final MacroNetModel model;

        MacroHpwlEvaluator(MacroNetModel model) {
            this.model = model;
        }

        @Override
        public Costs evaluate(Placement placement) {
            double[] x = new double[model.objectCount()];
            double[] y = new double[model.objectCount()];
            model.read(placement, x, y);
            double hpwl = model.hpwl(x, y);
            return new Costs(hpwl / 1e5, hpwl / 1e5, 0, 0, hpwl);
        }
    }
}
